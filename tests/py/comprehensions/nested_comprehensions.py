# Nested comprehensions: comprehensions in the element, in the condition and in the
# iterable of another; matrix transposition, flattening, cartesian products, and
# comprehensions three levels deep that close over every outer variable.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([sum([x for x in row]) for row in matrix])
print([row for row in matrix if [x for x in row if x > 10]])
print([x for x in [y * 2 for y in range(5)] if x > 2])
print({i: {c for c in word} == set(word) for i, word in enumerate(["ab", "cc"])})
print({k: [v * 2 for v in vs] for k, vs in {"a": [1, 2], "b": []}.items()})

# Three levels, each using the variables of the levels outside it.
print([[[(a, b, c) for c in range(b)] for b in range(a)] for a in range(3)])
print([a + b + c for a in "xy" for b in "12" for c in "!?" if not (a == "y" and c == "?")])

# Primes below 50 by a nested comprehension.
print([n for n in range(2, 50) if not [d for d in range(2, n) if n % d == 0]])

# Pythagorean triples.
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
       if a * a + b * b == c * c])

# Flattening an irregular nesting with a recursive helper built from comprehensions.
def flatten(v):
    if isinstance(v, list):
        return [x for item in v for x in flatten(item)]
    return [v]

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

# Transpose of a ragged table, padding missing cells.
table = [[1, 2, 3], [4], [5, 6]]
width = max([len(r) for r in table])
print([[r[i] if i < len(r) else None for r in table] for i in range(width)])

# Inner comprehension iterating over the outer one's variable in its first iterable.
words = ["ab", "cde"]
print([[c * i for c in w] for i, w in enumerate(words, 1)])

# The iterables of nested comprehensions are evaluated the right number of times.
calls = []
def items(tag, n):
    calls.append(tag)
    return range(n)

result = [[j for j in items("inner", i)] for i in items("outer", 3)]
print(result, calls)
