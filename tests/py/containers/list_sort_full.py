# list.sort and sorted: keys, reverse with stability, errors that leave the list intact,
# comparisons through __lt__ only, mutation during the sort.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(k % 5, i) for i, k in enumerate([7, 3, 9, 3, 1, 5, 9, 0, 2, 7, 4, 4, 8, 6, 1])]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
s = pairs[:]
s.sort(key=lambda p: p[0], reverse=True)
print(s == sorted(pairs, key=lambda p: p[0], reverse=True))
# reverse=True keeps equal items in original order (not reversed)
words = ["b1", "a1", "b2", "a2", "c1", "b3"]
print(sorted(words, key=lambda w: w[0], reverse=True))
print(sorted(words, key=lambda w: w[0]))

# comparisons only through __lt__
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return f"O({self.v})"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))

class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self): return f"G({self.v})"
# reflected: a < b falls back to b > a
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

class Counting:
    calls = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Counting.calls.append("lt")
        return self.v < o.v
    def __gt__(self, o):
        Counting.calls.append("gt")
        return self.v > o.v
    def __eq__(self, o):
        Counting.calls.append("eq")
        return self.v == o.v
sorted([Counting(2), Counting(1), Counting(3), Counting(0)])
print(sorted(set(Counting.calls)))

# errors in comparison leave the list a permutation of its items (still all there)
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return f"B{self.v}"
b = [Boom(i) for i in (5, 1, 4, 3, 2, 0)]
show(lambda: b.sort())
print(sorted(x.v for x in b) if False else sorted([x.v for x in b]))

# key raising: the list is unchanged
k = [3, 1, 2, 0]
def badkey(x):
    if x == 2:
        raise KeyError("badkey")
    return x
show(lambda: k.sort(key=badkey))
print(k)
show(lambda: sorted([1, "a"]))
show(lambda: sorted(["a", 1]))
show(lambda: [1, None].sort())
show(lambda: [3, 1.5, 2, True].sort())
m = [3, 1.5, 2, True]
m.sort()
print(m)
show(lambda: sorted([[1], [0, "x"], [0, 1]]))
show(lambda: sorted([(1, "a"), (1, 2)]))
show(lambda: sorted([{1}, {2}, {1, 2}]))
print(sorted([{1, 2}, {1}, {3}]))
show(lambda: sorted([1j, 2j]))

# mutation during sort
m = [5, 3, 1, 4, 2]
def mutate(x):
    m.append(x)
    return x
show(lambda: m.sort(key=mutate))
print(m)
m = [5, 3, 1, 4, 2]
class Mut:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        m2.append(0)
        return self.v < o.v
m2 = [Mut(i) for i in (3, 2, 1)]
show(lambda: m2.sort())
print(len(m2))
m3 = [3, 1, 2]
class Clear:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        m3.clear()
        return self.v < o.v
m3 = [Clear(i) for i in (3, 2, 1)]
show(lambda: m3.sort())
print(len(m3))
# during the sort the list looks empty
m4 = [3, 1, 2]
seen = []
def peek(x):
    seen.append(len(m4))
    return x
m4.sort(key=peek)
print(seen, m4)

# sorted() arguments
show(lambda: sorted())
show(lambda: sorted([], None))
show(lambda: sorted([3, 1], reverse=1))
show(lambda: sorted([3, 1], key=None, reverse=0))
show(lambda: sorted(iterable=[1]))
show(lambda: sorted(5))
show(lambda: sorted([1], cmp=None))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted(range(5, 0, -1)))
print(sorted([3, -1, 2], key=abs), sorted(["B", "a", "C"], key=str.lower))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted(["b", "a", "B", "A", "é", "e"]))
print(sorted([2.5, -1, 3, 1e100, -float("inf")]))
print(sorted([10 ** 20, -10 ** 20, 5, 2 ** 63, -2 ** 63, 2 ** 64]))
# already-sorted, reversed, and runs
r = list(range(50))
r.sort(); print(r[:5], r[-5:])
r.sort(reverse=True); print(r[:5], r[-5:])
r = list(range(20)) + list(range(20))
r.sort(); print(r[:8])
# keys of one class: a __lt__ that returns NotImplemented is asked again, then __gt__ reflected
class NI:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self): return f"NI({self.v})"
print(sorted([NI(2), NI(1)]))
class Sub(NI):
    pass
print(sorted([NI(2), Sub(1)]))
# key results of mixed types, tuples of tuples, tuples with equal first items
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([((1,), 2), ((0,), 3)]), sorted([(), (1,), ()]))
print(sorted([3, 1.5, 2, -1]), sorted(["é", "a", "ÿ", "z", "ā"]), sorted([2 ** 40, 1, -2 ** 70]))
