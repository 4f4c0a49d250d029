# Helper module for imports/module_state.py: module-level state shared by every importer.
counter = 0
items = []
def bump():
    global counter
    counter += 1
    return counter
def read_global():
    return counter
