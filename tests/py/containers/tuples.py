# Tuples: packing, unpacking, singletons, nesting, concatenation, comparison, count/index, hashing.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = (42,)
not_tuple = (42)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0] + nested[1])
print(t + (4,), t * 2, (0,) * 3)
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): "pair"}[(1, 2)])
a, b, c = t
print(a, b, c)
x = (1, [2, 3])
x[1].append(4)
print(x)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
print(t[::-1], t[1:], t[-1], max(t), min(t), sum(t))
print(sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
print(repr((1,)), repr(((),)), repr(("a", ("b",))))
