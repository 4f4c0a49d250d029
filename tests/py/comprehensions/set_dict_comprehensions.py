# Set and dict comprehensions: deduplication, key collisions (the last value wins, the first
# key object stays), evaluation order of key and value, filters and nesting.
print(sorted({x % 5 for x in range(20)}))
print({x for x in [3, 1, 3, 2, 1]})
print({c for c in "mississippi"} == set("misp"))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({word: len(word) for word in "a bb ccc bb a".split()})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in [6, 7, 12]})
print({(x, y): x + y for x in range(2) for y in range(2)})
print({x: None for x in ""}, {x for x in ()})

# 1, 1.0 and True are the same key: the first key object is kept, the last value wins.
print({k: i for i, k in enumerate([1, 1.0, True])})
print({k for k in [1, 1.0, True]})
print({k for k in [True, 1, 1.0]})

# In a dict comprehension the key is evaluated before the value (3.8+).
order = []
def note(tag, value):
    order.append(tag)
    return value

d = {note(f"k{i}", i): note(f"v{i}", i * 10) for i in range(3)}
print(d, order)

# Unhashable keys and elements raise TypeError.
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)

# Keys with custom __hash__/__eq__.
class Key:
    def __init__(self, name, group):
        self.name, self.group = name, group

    def __hash__(self):
        return hash(self.group)

    def __eq__(self, other):
        return self.group == other.group

    def __repr__(self):
        return self.name

print({Key(n, g): n for n, g in [("a", 1), ("b", 2), ("c", 1)]})
print(len({Key(n, g) for n, g in [("a", 1), ("b", 2), ("c", 1)]}))

# Set and frozenset results.
s = {x for x in range(3)}
print(type(s).__name__, frozenset({x * 2 for x in s}) == frozenset([0, 2, 4]))

# Inverting and grouping.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(groups)
