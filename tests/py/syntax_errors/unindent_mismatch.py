# A dedent to a column that matches no enclosing indentation level.
def f():
        x = 1
    return x
