# List, dict and set comprehensions with filters, nested loops, and comprehensions over comprehensions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([s.upper() for s in ["a", "b"] if s != "b"])
print([x if x % 2 else -x for x in range(6)])
print({x: x ** 3 for x in range(4)})
print({c: "abracadabra".count(c) for c in "abracadabra"})
print({len(w) for w in ["a", "bb", "cc", "ddd"]})
words = ["apple", "bob", "civic", "dog"]
print([w for w in words if w == w[::-1]])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row if n % 2 == 0])
print([[row[i] for row in matrix] for i in range(2)])
print([i for i in [j * 2 for j in range(5)] if i > 3])
print(sum([i for i in range(101)]), len([c for c in "hello world" if c in "lo"]))
pairs = [(a, b) for a in range(1, 20) for b in range(a, 20) if a * b == 24]
print(pairs)
print([list(range(n)) for n in range(4)])
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
