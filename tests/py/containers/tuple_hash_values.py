# tuple hashes equal CPython's xxHash-based tuple hash for every kind of item, and hash
# invariants between equal tuples, nested tuples and containers using them as keys.
vals = [(), (0,), (1,), (-1,), (-2,), (1, 2), (2, 1), (1, 2, 3), ("a",), ("a", "b"), (1.5,),
        (0.0,), (-0.0,), (float("inf"),), (2 ** 64,), (-2 ** 64,), (True, False), ((),), ((1,), (2,)),
        (b"x",), (frozenset(),), (frozenset([1, 2]),), (1j,), (1 + 2j,), (range(3),) if False else (3,),
        tuple(range(50)), ("x" * 100,), (2 ** 61 - 1,), (2 ** 61,), (-(2 ** 61),), (10 ** 30,)]
for t in vals:
    print(repr(t)[:40], hash(t))
print(hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)), hash((0.0,)) == hash((-0.0,)))
d = {}
for i in range(20):
    d[(i, i * 2)] = i
print(d[(5, 10)], d[(5.0, 10.0)], (19, 38) in d, (19, 39) in d)
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash((H(-1),)), hash((H(2 ** 62),)), hash((H(0), H(1))))
class BadHash:
    def __hash__(self): return "x"
try:
    hash((BadHash(),))
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()), hash((BigHash(),)))
