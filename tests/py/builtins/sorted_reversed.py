# sorted() returns a new list from any iterable; reversed() works on sequences and raises otherwise.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
original = [5, 4, 3]
result = sorted(original)
print(original, result, result is original)
print(sorted([]), sorted(range(5, 0, -1)), sorted([0.5, -1, 2, True]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"x": 1, "y": 2})), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(e)
