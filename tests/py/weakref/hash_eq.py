# Hashing and equality of weak references, alive and dead.
import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a = K(1)
b = K(1)
c = K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, hash(ra) == hash(1), hash(ra) == hash(rb))
d = {ra: "a"}
print(d[rb])
print(ra == 1, ra != 1, ra == a)
h = hash(ra)
del a
print(ra == rb, ra == ra, ra != rb, hash(ra) == h)
dead = weakref.ref(K(3))
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)
dead2 = weakref.ref(K(3))
print(dead == dead2, dead == dead, dead != dead2)


class NoHash:
    __hash__ = None


n = NoHash()
rn = weakref.ref(n)
try:
    hash(rn)
except TypeError as e:
    print("TypeError:", e)


class BadEq:
    def __eq__(self, other):
        raise ValueError("no eq")

    __hash__ = object.__hash__


x, y = BadEq(), BadEq()
try:
    weakref.ref(x) == weakref.ref(y)
except ValueError as e:
    print("ValueError:", e)
try:
    print(weakref.ref(x) == weakref.ref(x))
except ValueError as e:
    print("ValueError:", e)
rx = weakref.ref(x)
print(rx != 1, rx == rx if False else "skip")
