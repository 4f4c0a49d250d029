# min() and max() with iterables, several arguments, key functions, default values and errors.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 9), min(3, 9, -2))
print(max("hello"), min("hello"), max(["apple", "fig", "banana"]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([1, -7, 3], key=abs), min([(1, "b"), (1, "a")]), max({"a": 3, "b": 1}))
d = {"a": 3, "b": 10, "c": 1}
print(max(d, key=d.get), min(d, key=d.get), max(d.values()))
print(max([], default="none"), min([], default=0), max([5], default=99))
print(max([2, 2.0]), max([2.0, 2]), min([True, 1]), min([1, True]))
print(max(range(10), key=lambda x: (x % 3, -x)))
print(max([[1, 2], [1, 2, 0]]), min(["b", "a", "c"], key=lambda s: -ord(s)))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a"), lambda: max()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
