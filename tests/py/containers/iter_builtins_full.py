# enumerate, zip (strict), map with several iterables, filter with None, reversed,
# iter(callable, sentinel) and their errors and length hints.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate([], 3)), list(enumerate("ab", -2)))
print(list(enumerate("ab", start=10)), list(enumerate(iterable="xy", start=1)))
print(list(enumerate("abc", 2 ** 63 - 2)), list(enumerate("ab", 10 ** 20)), list(enumerate("ab", -10 ** 20)))
class I:
    def __index__(self): return 7
print(list(enumerate("a", I())), list(enumerate("a", True)))
show(lambda: enumerate())
show(lambda: enumerate(5))
show(lambda: enumerate("a", 1.5))
show(lambda: enumerate("a", "1"))
show(lambda: enumerate("a", 1, 2))
show(lambda: enumerate("a", foo=1))
show(lambda: enumerate("a", start=1, iterable="b"))
e = enumerate("xyz")
print(next(e), type(e).__name__, iter(e) is e, list(e))
show(lambda: next(e))
# zip
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip("", "", strict=True)))
show(lambda: list(zip("abc", "de", strict=True)))
show(lambda: list(zip("ab", "cde", strict=True)))
show(lambda: list(zip("ab", "ab", "a", strict=True)))
show(lambda: list(zip("ab", "ab", "abc", strict=True)))
show(lambda: list(zip("a", "", "abc", strict=True)))
show(lambda: zip(1))
show(lambda: zip("a", None))
show(lambda: zip("a", foo=True))
print(list(zip("a", strict=0)), list(zip("ab", "a", strict=False)))
z = zip("ab", "cd")
print(type(z).__name__, iter(z) is z, next(z), list(z), list(z))
# zip stops at the first exhausted iterator without pulling from the rest
it1, it2 = iter([1, 2, 3]), iter([10])
print(list(zip(it1, it2)), next(it1))
# map
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(pow, [2, 3, 4], [2], [100])))
print(list(map(lambda *a: a, "ab", "cde", "f")), list(map(str, [])), list(map(len, ["", "ab"])))
show(lambda: map())
show(lambda: map(abs))
show(lambda: map(abs, 5))
show(lambda: list(map(5, [1])))
show(lambda: list(map(abs, ["x"])))
show(lambda: map(abs, [1], foo=1))
m = map(abs, [-5])
print(type(m).__name__, iter(m) is m, next(m))
show(lambda: next(m))
# filter
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(filter(str.isdigit, "a1b2")), list(filter(None, ())), list(filter(bool, [0, 3])))
show(lambda: filter(None))
show(lambda: filter(None, 1))
show(lambda: list(filter(5, [1])))
show(lambda: filter(None, [1], [2]))
show(lambda: filter(function=None, iterable=[1]))
class NoBool:
    def __bool__(self): raise RuntimeError("no bool")
show(lambda: list(filter(None, [NoBool()])))
f = filter(None, [0, 1])
print(type(f).__name__, next(f))
# reversed
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self): return iter("custom")
print(list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show(lambda: reversed(RevNone()))
class LenOnly:
    def __len__(self): return 2
show(lambda: reversed(LenOnly()))
class GetOnly:
    def __getitem__(self, i): return i
show(lambda: reversed(GetOnly()))
show(lambda: reversed({1, 2}))
show(lambda: reversed(5))
show(lambda: reversed(iter([1])))
show(lambda: reversed())
show(lambda: reversed([1], [2]))
show(lambda: reversed(seq=[1]))
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
show(lambda: reversed(BadLen()))
class IdxErr:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i == 2: raise IndexError
        return i
print(list(reversed(IdxErr())))
class KeyErr:
    def __len__(self): return 3
    def __getitem__(self, i):
        raise KeyError(i)
show(lambda: list(reversed(KeyErr())))
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(r.__length_hint__(), list(r))
# iter(callable, sentinel)
vals = [1, 2, 3, 0, 5]
def nxt():
    return vals.pop(0)
ci = iter(nxt, 0)
print(type(ci).__name__, iter(ci) is ci, list(ci), vals)
show(lambda: list(iter(nxt, 0)))
count = [0]
def counter():
    count[0] += 1
    if count[0] > 3:
        raise StopIteration
    return count[0]
print(list(iter(counter, None)))
def raiser():
    raise ValueError("from callable")
show(lambda: list(iter(raiser, 1)))
show(lambda: iter(5, 1))
show(lambda: iter())
show(lambda: iter(1, 2, 3))
show(lambda: iter(5))
class EqSentinel:
    def __eq__(self, o):
        return o == 2
n = iter([1, 2, 3]).__next__
print(list(iter(n, EqSentinel())))
class Getitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
gi = iter(Getitem())
print(type(gi).__name__, list(gi), list(gi))
show(lambda: iter(object()))
class IterNone:
    __iter__ = None
show(lambda: iter(IterNone()))
class BadIter:
    def __iter__(self): return 5
show(lambda: iter(BadIter()))
