# WeakSet: the set API with living and dying members.
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "E(%d)" % self.n


es = [E(i) for i in range(6)]
s = weakref.WeakSet(es[:4])
print(len(s), sorted(e.n for e in s), es[0] in s, es[5] in s, 1 in s)
s.add(es[4])
s.add(es[4])
print(len(s))
s.discard(es[4])
s.discard(es[4])
s.remove(es[3])
try:
    s.remove(es[3])
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
print(len(s))
del es[0]
print(len(s), sorted(e.n for e in s))
single = weakref.WeakSet([es[0]])
p = single.pop()
print(p.n, len(single), len(s))
s.remove(es[0])
s2 = weakref.WeakSet(es)
print(len(s2), s <= s2, s < s2, s2 >= s, s2 > s, s == weakref.WeakSet(list(s)), s != s2)
print(sorted(e.n for e in s2 - s), sorted(e.n for e in s | s2), sorted(e.n for e in s & s2))
print(sorted(e.n for e in s ^ s2), type(s | s2).__name__)
print(sorted(e.n for e in s2.difference(s)), sorted(e.n for e in s.union(es[:1])))
print(sorted(e.n for e in s2.intersection(s)), sorted(e.n for e in s.symmetric_difference(s2)))
print(s.issubset(s2), s2.issuperset(s), s.isdisjoint(s2), s.isdisjoint([]))
c = s2.copy()
c -= s
print(len(c), len(s2))
c |= s
c &= s
print(len(c) == len(s))
c ^= s2
print(len(c))
c.update(es)
c.difference_update(es[:2])
c.intersection_update(es)
c.symmetric_difference_update(es[:1])
print(sorted(e.n for e in c))
c.clear()
print(len(c), list(c))
try:
    c.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    c.add(1)
except TypeError as e:
    print("TypeError:", e)
print(s == {1}, s == set(s), s2 == 1)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
print(repr(weakref.WeakSet()).startswith("<_weakrefset.WeakSet") or repr(weakref.WeakSet()).startswith("{"))
print(sorted(e.n for e in weakref.WeakSet(es)))
es.clear()
print(len(s2), list(s2))
