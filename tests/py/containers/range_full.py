# range: construction, len, in, index, count, slicing, reversed, equality, hash, repr and
# errors, with negative steps and bounds beyond a machine word.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0),
          range(-5, 5, 4), range(0, -10, -3), range(1, 2, 10)]:
    print(repr(r), len(r), list(r), bool(r), r.start, r.stop, r.step)
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range("a"))
show(lambda: range(1, "b"))
show(lambda: range(1, 2, None))
show(lambda: range(stop=3))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(range(I(3)), range(I(1), I(10), I(4)), list(range(I(2))))
print(range(True), range(False, True))
# membership and index/count
r = range(0, 20, 3)
print(9 in r, 10 in r, -3 in r, 21 in r, 18 in r, 9.0 in r, 9.5 in r, "x" in r, True in range(2))
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(18))
show(lambda: r.index(10))
show(lambda: r.index("x"))
show(lambda: r.index())
show(lambda: r.count())
rn = range(10, -10, -4)
print(list(rn), 2 in rn, 3 in rn, rn.index(-6), rn[1], rn[-1])
class Eq:
    def __eq__(self, o): return o == 6
print(Eq() in r, r.index(Eq()), r.count(Eq()))
# indexing and slicing
print(r[0], r[-1], r[3], r[-7])
show(lambda: r[7])
show(lambda: r[-8])
show(lambda: r["a"])
show(lambda: r[1.0])
show(lambda: range(0)[0])
for s in [slice(None), slice(1, 4), slice(None, None, -1), slice(None, None, 2), slice(-2, None),
          slice(5, 1, -2), slice(100, None), slice(None, -100), slice(1, None, -1)]:
    print(s, r[s], list(r[s]) == list(r)[s])
print(range(10, 0, -3)[::-1], range(10)[::-3], range(0)[::-1], range(5)[10:20])
show(lambda: r[::0])
# reversed and iteration
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__)
# equality is by sequence
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5))
print(range(3) == range(3), range(3) == range(4), range(3) == [0, 1, 2], range(3) != range(0, 3, 1))
print(hash(range(0)) == hash(range(5, 2)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)),
      hash(range(1)) == hash(range(1, 2, 7)), hash(range(3)) == hash(range(0, 3)))
print(hash(range(10)) == hash(range(10)), hash(range(3, 10, 2)), hash(range(-5, 10 ** 20, 3)))
show(lambda: range(3) < range(4))
# repr
print(range(0, 5, 1), range(-1, -5, -1), range(3, 4))
# huge ranges
big = range(10 ** 20, 10 ** 20 + 30, 7)
print(big, len(big), big[1], big[-1], 10 ** 20 + 14 in big, 10 ** 20 + 15 in big, big.index(10 ** 20 + 21))
huge = range(-10 ** 30, 10 ** 30)
print(huge[10 ** 29], huge[-1], 5 in huge, huge.index(0), huge.count(7), huge[::10 ** 29])
show(lambda: len(huge))
show(lambda: len(range(2 ** 63)))
print(len(range(2 ** 63 - 1)), range(2 ** 63 - 1)[-1])
print(len(range(-2 ** 63 + 1, 0)), len(range(-2 ** 64, 2 ** 64, 2 ** 62)))
show(lambda: len(range(-2 ** 63, 0)))
show(lambda: huge[10 ** 31])
print(huge[10 ** 29:10 ** 29 + 3], list(huge[10 ** 29:10 ** 29 + 3]))
print(list(reversed(range(2 ** 64, 2 ** 64 + 3))), list(range(2 ** 63 - 2, 2 ** 63 + 1)))
print(bool(huge), bool(range(10 ** 20, 0)), range(10 ** 20) == range(10 ** 20), hash(huge) == hash(range(-10 ** 30, 10 ** 30)))
it = iter(range(2 ** 63 - 2, 2 ** 63 + 2))
print(next(it), next(it), next(it), next(it))
show(lambda: next(it))
it = iter(range(5))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
# attributes are read-only
show(lambda: setattr(range(3), "start", 1))
show(lambda: range.__new__(int, 3))
show(lambda: type("R", (range,), {}))
print(range.__class_getitem__ if hasattr(range, "__class_getitem__") else "no class_getitem")
print(sum(range(101)), max(range(3, 9)), min(range(-3, 9, 4)), sorted(range(3, 0, -1)))
