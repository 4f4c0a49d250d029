# Comparisons of lists, tuples, dicts and sets: lexicographic order, equality, subset order.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print((1, "a") < (1, "b"), ("a", 1) < ("b", 0), (1, 2) == (1, 2.0))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 4} < {1, 2, 3}, {1, 4} > {1, 2, 3})
print(sorted([[3, 1], [1, 2], [1, 1], [2]]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, "x"), (3, "a"), (3, "b")]), min([[5], [2, 9], [2, 1]]))
print([1, 2] == (1, 2), [] == (), {} == set())
try:
    print({"a": 1} < {"b": 2})
except TypeError as e:
    print(e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(e)
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,))
