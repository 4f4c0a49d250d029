# weakref.ref: calling, identity of the basic reference, callbacks (newest first), hashing,
# equality, counting, and which objects can be weakly referenced.
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n


a = A(1)
r = weakref.ref(a)
print(r() is a, r(), weakref.ref(a) is r, weakref.getweakrefcount(a))
log = []
r2 = weakref.ref(a, lambda ref: log.append(("first callback", ref is r2)))
r3 = weakref.ref(a, lambda ref: log.append(("second callback", ref is r3)))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a)[0] is r, a.__weakref__ is r)
print(r == weakref.ref(a), r != r2, hash(r) == hash(a), r.__callback__, callable(r2.__callback__))
h = hash(r)
del a
print(log)
print(r(), r2(), r3(), hash(r) == h)
print(r == r2, r == r, r2 != r3)

dead = weakref.ref(A(2))
print(dead())
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

for obj in [1, "s", 1.5, (1,), [1], {1: 2}, None, b"x"]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(A)() is A, weakref.ref(len)() is len)
print(weakref.ref({1})() == {1}, weakref.ref(frozenset({2}))() == frozenset({2}))
print(type(weakref.ref(f)) is weakref.ReferenceType, weakref.ReferenceType.__name__)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
s = SlottedWeak()
print(weakref.ref(s)() is s, s.__weakref__ is not None)
print(A(3).__weakref__)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    r()
    r(1)
except TypeError as e:
    print("TypeError:", e)
