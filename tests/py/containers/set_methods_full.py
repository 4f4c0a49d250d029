# set and frozenset methods with any iterables, multiple arguments and every error.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
print(s.union([3, 4], (5,), "a"), s.union(), s.intersection([2, 3, 9], {3, 2}), s.intersection())
print(s.difference([1], (2,)), s.difference(), s.symmetric_difference([3, 4]), s.symmetric_difference({1}))
print(s.issubset([1, 2, 3, 4]), s.issubset("abc"), s.issuperset([1]), s.issuperset(range(4)), s.isdisjoint([4, 5]), s.isdisjoint((1,)))
show(lambda: s.union(5))
show(lambda: s.intersection(None))
show(lambda: s.difference([[]]))
show(lambda: s.symmetric_difference())
show(lambda: s.symmetric_difference([1], [2]))
show(lambda: s.issubset())
show(lambda: s.issubset(5))
show(lambda: s.issuperset([[1]]))
show(lambda: s.isdisjoint(3))
show(lambda: s.union([{}]))
show(lambda: s.intersection([[]]))
t = set(s)
t.update([10], (11,), "z")
print(sorted(t, key=str))
t.intersection_update([1, 2, 10, 11, "z"], {1, 10, "z"})
print(sorted(t, key=str))
t.difference_update([1], "z")
print(t)
t.symmetric_difference_update([10, 20])
print(t)
show(lambda: t.update(1))
show(lambda: t.symmetric_difference_update([[1]]))
show(lambda: t.intersection_update(5))
show(lambda: t.difference_update(None))
u = {1, 2}
u.add(3)
u.add(2)
print(u)
show(lambda: u.add([]))
show(lambda: u.add())
u.discard(3)
u.discard(99)
print(u)
show(lambda: u.discard([]))
show(lambda: u.remove(99))
show(lambda: u.remove((1, 2)))
show(lambda: u.remove([1]))
u.remove(1)
print(u, u.pop(), u)
show(lambda: u.pop())
show(lambda: set().pop())
u = {5, 6}
u.clear()
print(u, u.copy(), type(frozenset([1]).copy()).__name__)
f = frozenset([1, 2])
print(f.copy() is f, f.union([3]), type(f.union()).__name__, f.intersection({1}), f - {1}, f ^ {3})
show(lambda: f.add(1))
show(lambda: f.update([1]))
# set in a set key: the set is converted to a frozenset for lookups
ss = {frozenset([1, 2]), frozenset()}
print({1, 2} in ss, set() in ss, {3} in ss, [1] in [] if False else None)
ss2 = set(ss)
ss2.remove({1, 2})
ss2.discard(set())
print(ss2)
show(lambda: ss2.remove({9}))
show(lambda: {1: 2}.get({1}))
# constructors
print(set(), set("aab") == {"a", "b"}, set([1, 1, 2]), set({1: 2}), set(range(3)), frozenset(), frozenset("a"))
show(lambda: set(1))
show(lambda: set([[1]]))
show(lambda: set([1], [2]))
show(lambda: set(iterable=[1]))
show(lambda: frozenset(x=1))
show(lambda: frozenset([1], [2]))
fs = frozenset([1])
print(frozenset(fs) is fs, set(fs) is fs)
class FS(frozenset):
    pass
print(type(FS([1])).__name__, FS([1]) == frozenset([1]), type(FS([1]) | {2}).__name__, FS(), repr(FS([3])))
class S(set):
    pass
print(S([1, 2]), S(), type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(S([1]).union()).__name__)
class S2(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.extra = extra
s2 = S2([1, 2], "x")
print(s2, s2.extra, s2 - {1})
# methods take the same iterable more than once, or self
v = {1, 2}
print(v.union(v, v), v.intersection(v), v.difference(v), v.symmetric_difference(v))
v.update(v)
v.symmetric_difference_update(v)
print(v)
w = {1, 2, 3}
w.difference_update(w)
print(w)
w = {1, 2, 3}
w.intersection_update(w)
print(w)
# unbound methods
print(set.union({1}, [2]), frozenset.union(frozenset({1}), [2]), set.__len__({1, 2}))
show(lambda: set.add(frozenset(), 1))
show(lambda: frozenset.union({1}, [2]))
