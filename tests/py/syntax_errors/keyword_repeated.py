# The same keyword argument twice in a call.
def f(**kw):
    return kw
f(x=1, x=2)
