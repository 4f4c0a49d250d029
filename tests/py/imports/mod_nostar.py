# Helper module for imports/star_import.py: without __all__, star import skips underscore names.
visible = "visible"
_hidden = "hidden"
def helper():
    return "helper called"
