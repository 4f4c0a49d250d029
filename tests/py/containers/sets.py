# set and frozenset: algebra, membership, mutation, comparisons, and deterministic small-int order.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a.issubset(b), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.discard(10)
s.discard(3)
print(s)
s.update([7, 8], (9,))
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 7, 8, 9}, len(s))
print(set("mississippi") == {"m", "i", "s", "p"}, len(set("mississippi")))
print(set([3, 1, 2, 3, 1]), set(range(5)), set())
f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print({f: "frozen key"}[frozenset([3, 2, 1])])
print(frozenset() == set(), {1, 2} == frozenset([2, 1]))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    f.add(1)
except AttributeError as e:
    print(e)
evens = {x for x in range(10) if x % 2 == 0}
print(evens, 4 in evens, 5 in evens)
c = a.copy()
c.clear()
print(c, a)
a |= {10}
a &= {1, 2, 10, 99}
a -= {1}
print(a)
print(sorted({"banana", "apple", "cherry"}))
