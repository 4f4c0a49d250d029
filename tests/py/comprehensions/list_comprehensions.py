# List comprehensions: filters, several for clauses, conditional expressions, unpacking
# targets, nested comprehensions, and comprehensions over every kind of iterable.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(6)])
print([a + b for a, b in [(1, 2), (3, 4), (5, 6)]])
print([first for first, *rest in ["abc", "de", "f"]])
print([rest for first, *rest in ["abc", "de", "f"]])
print([(i, c) for i, (c, _) in enumerate(["ab", "cd"])])
print([[row * 3 + col for col in range(3)] for row in range(3)])
print([cell for row in [[1, 2], [3], [], [4, 5, 6]] for cell in row])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([k for k in {"b": 1, "a": 2}])
print([v for v in {3, 1, 2}])
print([b for b in b"AB"])
print([x for x in (1, 2, 3)])
print([x for x in iter([4, 5])])
print([x for x in range(0)])
print([None for _ in range(3)])
print([[] for _ in range(2)])
print([x for x in [1, 2, 3] if False])

# The iterable of the first for clause is evaluated once, outside; later ones each time.
def source(tag, items):
    print("  evaluating", tag)
    return items

print([(x, y) for x in source("outer", [1, 2]) for y in source("inner", "ab")])

# Conditions can refer to the targets of every earlier clause.
print([(x, y) for x in range(5) if x > 1 for y in range(x) if (x + y) % 2])

# Building objects and calling functions in the element expression.
print([str(n).zfill(3) for n in [1, 22, 333]])
print([len(w) for w in "the quick brown fox".split()])
print([sorted(p) for p in [[3, 1, 2], [9, 8]]])

# Comprehension results are fresh lists.
a = [1, 2]
b = [x for x in a]
print(b == a, b is a)

# Exceptions raised inside propagate, and the loop stops there.
seen = []
def check(x):
    seen.append(x)
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

try:
    [check(x) for x in range(10)]
except ValueError as e:
    print(type(e).__name__, e, "after", seen)

try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)

try:
    [x for x, y in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)

# Mutating the iterated list while iterating it.
items = [1, 2, 3]
print([items.append(x) or x for x in items if len(items) < 6])
print(items)

# Large comprehension.
print(sum([x for x in range(100000) if x % 7 == 0]))
