# Proxies to containers: len, bool, iteration, item access, contains, reversed.
import weakref


class MyList(list):
    pass


class MyDict(dict):
    pass


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


l = MyList([3, 1, 2])
p = weakref.proxy(l)
print(len(p), bool(p), list(p), p[0], p[-1], p[1:], 2 in p, 5 in p, sorted(p))
p[0] = 10
p.append(4)
del p[1]
print(l, list(reversed(p)), p.index(4), p.count(2))
d = MyDict(a=1)
pd = weakref.proxy(d)
pd["b"] = 2
print(pd["a"], sorted(pd), len(pd), "b" in pd, pd.get("c", 0))
del pd["a"]
print(d)
try:
    pd["zz"]
except KeyError as e:
    print("KeyError:", e)
e = MyList()
print(bool(weakref.proxy(e)), len(weakref.proxy(e)))
it = It()
pi = weakref.proxy(it)
print(next(pi), list(pi))
print(iter(pi) is it)


class NoLen:
    pass


nl = NoLen()
pn = weakref.proxy(nl)
print(bool(pn))
try:
    len(pn)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(pn)
except TypeError as e:
    print("TypeError:", e)
try:
    next(pn)
except TypeError as e:
    print("TypeError:", e)
try:
    pn[0]
except TypeError as e:
    print("TypeError:", e)
del l
for f in [lambda: len(p), lambda: bool(p), lambda: list(p), lambda: p[0], lambda: 1 in p]:
    try:
        f()
    except ReferenceError as e:
        print("ReferenceError:", e)


# bytes() and reversed() go through the referent's __bytes__ and __reversed__.
class B:
    def __bytes__(self):
        return b"xy"


b = B()
pb = weakref.proxy(b)
print(bytes(pb), pb.__bytes__(), list(reversed(weakref.proxy(MyList([1, 2, 3])))) if False else None)
ml = MyList([1, 2, 3])
print(list(reversed(weakref.proxy(ml))))
for f in [lambda: bytes(pn), lambda: reversed(pn), lambda: pn.__reversed__()]:
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
del b
try:
    bytes(pb)
except ReferenceError as e:
    print("ReferenceError:", e)
