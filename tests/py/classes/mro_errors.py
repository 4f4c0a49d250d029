# Inconsistent hierarchies fail with CPython's messages.
class X: pass
class Y(X): pass
class P: pass
class Q: pass
class R(P, Q): pass
class S(Q, P): pass


def attempt(name, *bases):
    try:
        cls = type(name, bases, {})
        print(name, [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(f"{name}: {e}")


attempt("Z1", X, Y)
attempt("Z2", Y, X)
attempt("Z3", R, S)
attempt("Z4", X, X)
attempt("Z5", int, str)
attempt("Z6", bool)
attempt("Z7", list, dict)
attempt("Z8", Exception, int)
attempt("Z9", int, object)
attempt("Z10", object, int)
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(repr(str(e)))
