# Helper module for imports/star_import.py: __all__ limits what "from mod_star import *" binds.
__all__ = ["public_one", "public_two"]
public_one = 1
public_two = "two"
not_listed = "hidden by __all__"
_underscored = "hidden"
