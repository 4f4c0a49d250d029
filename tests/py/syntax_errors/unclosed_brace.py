# An unclosed brace in a dict display followed by more statements.
config = {
    "a": 1,
    "b": 2

def f():
    return config
