# Iteration protocols: iter(callable, sentinel), the __getitem__ fallback, `in` through
# __contains__/__iter__/__getitem__, next() with a default, reversed() with __reversed__ and
# with __len__ + __getitem__, and exhausted iterators staying exhausted.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# iter(callable, sentinel): the sentinel is compared with ==, and the iterator ends for good
data = [3, 2, 1, 0, 5, 6]
it = iter(data.pop, 1)
print(list(it), data, next(it, "done"))
data.append(1)
print(next(it, "still done"))
print(list(iter([1.0, 2, 3].pop, 3)), list(iter(lambda: "x", "x")))
nums = iter(range(10)).__next__
print(list(iter(nums, 5)))
class CountDown:
    def __init__(self): self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(CountDown(), -1)))
show(lambda: iter(CountDown(), -1, 3))
show(lambda: iter(None, 1))
show(lambda: next(iter(lambda: 1 / 0, 1)))
ci = iter(lambda: 1, 2)
print(type(ci).__name__, next(ci), next(ci))
# __getitem__ fallback stops at IndexError or StopIteration, errors propagate
class Seq:
    def __init__(self, n, exc=IndexError): self.n, self.exc = n, exc
    def __getitem__(self, i):
        if i >= self.n:
            raise self.exc(i)
        return i * 10
print(list(Seq(3)), list(Seq(2, StopIteration)), 20 in Seq(3), 25 in Seq(3))
show(lambda: list(Seq(2, KeyError)))
show(lambda: 99 in Seq(2, LookupError))
it = iter(Seq(2))
print(next(it), next(it), next(it, "end"), next(it, "end"))
# membership: __contains__ first, then __iter__, then __getitem__
class Contains:
    def __contains__(self, x): return x == "yes"
    def __iter__(self): raise AssertionError("not used")
class IterOnly:
    def __iter__(self): return iter([1, 2])
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
class ContainsTruthy:
    def __contains__(self, x): return [x]
print("yes" in Contains(), "no" in Contains(), 2 in IterOnly(), 3 not in IterOnly())
show(lambda: 1 in ContainsNone())
print(0 in ContainsTruthy(), None in ContainsTruthy())
show(lambda: 1 in 5)
show(lambda: 1 in None)
# next() arguments and errors
show(lambda: next([1]))
show(lambda: next(5, None))
show(lambda: next())
show(lambda: next(iter([]), 1, 2))
print(next(iter([]), None), next(iter("a")), next(iter({}), "empty"))
# __next__ returning normally after raising StopIteration once is allowed for user iterators
class Flaky:
    def __init__(self): self.calls = 0
    def __iter__(self): return self
    def __next__(self):
        self.calls += 1
        if self.calls % 2:
            raise StopIteration
        return self.calls
f = Flaky()
print(list(f), list(f), list(f), f.calls)
# reversed() protocols
class RevSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
class HasReversed:
    def __reversed__(self): return ["custom"]
print(list(reversed(RevSeq())), reversed(HasReversed()), list(reversed(range(2))))
class LenRaises:
    def __len__(self): raise ZeroDivisionError("len")
    def __getitem__(self, i): return i
show(lambda: reversed(LenRaises()))
class GetitemRaises:
    def __len__(self): return 2
    def __getitem__(self, i): raise ZeroDivisionError("getitem")
r = reversed(GetitemRaises())
show(lambda: next(r))
show(lambda: next(r))
class DictLike:
    def __len__(self): return 1
    def __getitem__(self, k): return k
    def keys(self): return []
print(list(reversed(DictLike())))
# the hint of a reversed object asks len() again, and reports its errors
class Shrinking:
    n = 3
    def __len__(self):
        if self.n < 0:
            raise ValueError("len gone")
        return self.n
    def __getitem__(self, i): return i
sh = Shrinking()
rv = reversed(sh)
print(rv.__length_hint__(), next(rv), rv.__length_hint__())
sh.n = 1
print(rv.__length_hint__())
sh.n = -1
show(lambda: rv.__length_hint__())
