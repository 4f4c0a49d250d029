# list iterators under mutation, re-running __init__, list/tuple from custom iterables,
# recursive comparisons.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 3:
        l.append(x + 10)
print(out, l)
l = [1, 2, 3, 4]
out = []
for x in l:
    out.append(x)
    l.remove(x)
print(out, l)
it = iter([1, 2])
print(list(it), list(it), next(it, "done"))
l = [1]
it = iter(l)
print(next(it))
show(lambda: next(it))
l.append(2)
show(lambda: next(it))
r = reversed(l)
print(next(r), next(r), next(r, "end"))
l = [0, 1, 2, 3]
r = reversed(l)
next(r)
del l[1:]
print(list(r))
# __init__ again resets the list
l = [1, 2, 3]
l.__init__("ab")
print(l)
l.__init__()
print(l)
show(lambda: l.__init__(5))
print(l)
show(lambda: l.__init__([1], [2]))
class L(list):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)
print(L("xy"), L())
class L2(list):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
l2 = L2([1, 2])
print(l2, type(l2).__name__)
# custom iterables
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
print(list(Count(3)), tuple(Count(2)), sorted(Count(3), reverse=True), [*Count(2), *Count(1)])
class Broken:
    def __iter__(self): return self
    def __next__(self): raise ValueError("broken next")
show(lambda: list(Broken()))
show(lambda: tuple(Broken()))
show(lambda: [].extend(Broken()))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(OldSeq()), 4 in OldSeq(), 5 in OldSeq(), tuple(OldSeq()))
# recursive comparisons
a = []
a.append(a)
print(a == a, a != a, [a] == [a])
b = []
b.append(b)
show(lambda: a == b)
c = [1]
c.append(c)
print(c[1][1][1][0])
d = {}
d[1] = d
print(d == d)
e = {}
e[1] = e
show(lambda: d == e)
# in and count use identity first
class Never:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
nv = Never()
print(nv in [nv], [nv].count(nv), [nv].index(nv), (nv,).count(nv), nv in (nv,), nv in {nv: 1})
print([nv] == [nv], (nv,) == (nv,))
# list from dict/set keeps their order
print(list({3: 0, 1: 0, 2: 0}), list({3, 1, 2}), list(reversed([*"abc"])))
