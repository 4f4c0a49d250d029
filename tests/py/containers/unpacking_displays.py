# Starred unpacking inside list/tuple/set/dict displays and in assignment targets.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)])
print((*a,), [*[], *a], [*a, 0, *a])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "y": "literal", **{}})
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
head, *mid, tail = range(2, 8)
print(first, rest, init, last, head, mid, tail)
(x, *y), z = "ab", "c"
print(x, y, z)
[p, q], *r = [[1, 2], 3, 4]
print(p, q, r)
for n, *others in [(1, 2, 3), (4,)]:
    print(n, others)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
merged = [*range(3), *{"k": 1}]
print(merged)
