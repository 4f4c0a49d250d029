# The same parameter name twice in one definition.
def f(a, b, a):
    return a
