# tuple: construction, methods, operators, hashing, comparisons, slicing, repr and errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
show(lambda: t.index(9))
show(lambda: t.index(2, 4))
show(lambda: t.index(2, 1, 1))
show(lambda: t.index())
show(lambda: t.index(1, "a"))
show(lambda: t.count())
show(lambda: t.index(2, -10 ** 30, 10 ** 30))
print(t + (4,), t * 2, 2 * t, t * 0, () * 10, (1,) * -1)
show(lambda: t + [4])
show(lambda: t + "x")
show(lambda: t * 1.0)
show(lambda: t * (10 ** 40))
u = t
u += (9,)
print(u, t, u is t)
u *= 2
print(u)
show(lambda: t.__setitem__(0, 1))
def del_item():
    x = (1, 2)
    del x[0]
show(del_item)
def set_item():
    x = (1, 2)
    x[0] = 5
show(set_item)
show(lambda: t[10])
show(lambda: t[-10])
show(lambda: t["x"])
show(lambda: t[1.0])
print(t[-1], t[1:3], t[::-1], t[5:], t[:-10])
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
x = (1, 2)
print(tuple(x) is x)
show(lambda: tuple(1))
show(lambda: tuple([1], [2]))
show(lambda: tuple(iterable=[1]))
# comparisons
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (1, 2) == [1, 2])
print((1, 2) >= (1, 2), (2,) > (1, 9), (1, 2) != (1, 2.0))
show(lambda: (1, "a") < (1, 2))
show(lambda: (1,) < [1])
nan = float("nan")
print((nan,) == (nan,), (nan, 1) < (nan, 2))
# hashing: equal tuples hash equal, values match CPython's tuple hash
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(("a", "b")))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((-1,)), hash((False, True, 1.5)))
show(lambda: hash((1, [2])))
show(lambda: hash(([],)))
show(lambda: {(1, {}): 2})
print({(1, 2): "a", (1, 2.0): "b"})
# repr
print((), (1,), (1, 2), ((),), ("a", ('b',)), repr((None,)))
class BadRepr:
    def __repr__(self): raise ValueError("bad")
show(lambda: repr((1, BadRepr())))
l = []
tt = (l,)
l.append(tt)
print(tt, l)
# membership, len, bool, iteration, unpacking
print(2 in t, 9 in t, len(t), bool(()), bool((0,)), [v for v in t])
a, *b, c = t
print(a, b, c)
show(lambda: [a for a, b in ((1, 2), (3,))])
# subclasses
class T(tuple):
    def __repr__(self): return "T" + tuple.__repr__(self)
tt = T([1, 2])
print(tt, type(tt + tt).__name__, type(tt[:]).__name__, type(tt * 1).__name__, tt == (1, 2), hash(tt) == hash((1, 2)))
print(T(), len(T("abc")), isinstance(tt, tuple))
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(P(1, 2), P(1, 2)[0])
print(tuple.__class_getitem__(int), type(t.__iter__()).__name__)
print(t.__getnewargs__(), tuple.__len__(t), t.__contains__(1), t.__mul__(2), t.__rmul__(2), t.__add__((1,)))
print(t.__eq__([1]), t.__lt__(5))
