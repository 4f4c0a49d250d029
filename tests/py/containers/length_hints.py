# __length_hint__ of the built-in iterators, as operator.length_hint would read them.
def hint(it):
    m = getattr(type(it), "__length_hint__", None)
    return "none" if m is None else m(it)

l = [1, 2, 3, 4]
it = iter(l)
print(hint(it), next(it), hint(it))
l.append(5)
print(hint(it))
l.clear()
print(hint(it), list(it), hint(it))
t = iter((1, 2, 3))
next(t)
print(hint(t), list(t), hint(t))
r = iter(range(10, 0, -3))
print(hint(r), next(r), hint(r))
big = iter(range(2 ** 70))
print(hint(big) if False else type(big).__name__)
d = {i: i for i in range(5)}
for view in (d, d.keys(), d.values(), d.items()):
    i = iter(view)
    next(i)
    print(type(i).__name__, hint(i))

print(hint(reversed([1, 2])), hint(reversed(range(4))), hint(reversed((1, 2, 3))))
s = iter({1, 2, 3})
next(s)
print(type(s).__name__, hint(s))
print(hint(iter(frozenset("ab"))))
print(hint(enumerate([1])), hint(zip([1])), hint(map(abs, [1])), hint(filter(None, [1])))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(hint(iter(Seq())))
class Sized:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
si = iter(Sized())
next(si)
print(type(si).__name__, hint(si))
rv = reversed(Sized())
next(rv)
print(hint(rv))
print(hint(iter(lambda: 1, 1)))
# list(), tuple() and extend use the hints but do not depend on them
class LyingHint:
    def __init__(self): self.n = 3
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self): return 1000
print(list(LyingHint()), tuple(LyingHint()))
x = [0]
x.extend(LyingHint())
print(x)
class BadHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -1
try:
    print(list(BadHint()))
except Exception as e:
    print(type(e).__name__, e)
class HintRaises:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): raise TypeError("no hint")
print(list(HintRaises()))
