# Set algebra on larger sets checked against sorted lists, with resizes, deletions (dummy
# entries), mixed int/str/tuple keys and hash collisions.
a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
print(len(a | b), len(a & b), len(a - b), len(b - a), len(a ^ b))
print(sorted(a & b)[:10], sorted(a ^ b)[-5:])
print((a | b) == set([x for x in range(3000) if x % 2 == 0 or x % 3 == 0]))
print((a & b) == set(range(0, 3000, 6)), a - b == set([x for x in range(0, 3000, 2) if x % 3]))
print(a <= a | b, a & b <= a, (a ^ b).isdisjoint(a & b), a.issuperset(a & b))
c = set(a)
for x in range(0, 3000, 4):
    c.discard(x)
print(len(c), min(c), max(c), 4 in c, 6 in c)
for x in range(10000, 10500):
    c.add(x)
print(len(c), 10499 in c, 10500 in c)
c -= set(range(10000, 10500))
print(len(c), c == set(range(2, 3000, 4)))
# colliding hashes
class Col:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, Col) and o.v == self.v
    def __repr__(self): return f"Col({self.v})"
cs = {Col(i) for i in range(50)} if False else set([Col(i) for i in range(50)])
print(len(cs), Col(7) in cs, Col(70) in cs)
cs2 = set([Col(i) for i in range(25, 75)])
print(len(cs & cs2), len(cs | cs2), len(cs - cs2), sorted([c.v for c in cs ^ cs2])[:5])
# hash(-1) == hash(-2) in CPython: both keep their identity as set members
print({-1, -2}, len({-1, -2, -1.0}), hash(-1) == hash(-2))
# mixed keys
m = set([1, "1", (1,), 1.5, frozenset([1]), None, True, b"1"])
print(len(m), (1,) in m, frozenset({1}) in m, {1} in m, 1.0 in m, 0 in m)
# frozenset hash equal for equal sets built in different orders and after deletions
f1 = frozenset(range(100))
s = set(range(200))
for x in range(100, 200):
    s.remove(x)
f2 = frozenset(s)
print(f1 == f2, hash(f1) == hash(f2), hash(f1))
print(hash(frozenset(range(-50, 50))), hash(frozenset(["a", "b", "c"])), hash(frozenset([(1, 2), "x"])))
# large symmetric difference update and intersection update with iterators
d = set(range(100))
d.symmetric_difference_update(iter(range(50, 150)))
print(len(d), min(d), max(d))
d.intersection_update(iter(range(0, 200, 5)))
print(sorted(d))
d.difference_update(iter(range(0, 200, 10)))
print(sorted(d))
# set iteration order of ints in CPython's table order
print(list(set([100, 5, 37, 1024, 64, 3, 2 ** 40, -7])))
print(list({i * 8 for i in range(10)} if False else set([i * 8 for i in range(10)])))
