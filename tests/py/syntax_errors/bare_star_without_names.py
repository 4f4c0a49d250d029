# A bare * in a parameter list with no keyword-only parameter after it.
def f(a, *):
    return a
