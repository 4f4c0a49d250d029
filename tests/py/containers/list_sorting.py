# Sorting: stability, key functions, reverse, sorting tuples and strings, sort in place vs sorted.
records = [("bob", 25), ("ann", 30), ("cy", 25), ("dee", 30), ("eve", 22)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_then_age = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print(by_name_then_age)
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = "the Quick brown Fox jumps over The lazy dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("sorting"), sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 1, 3}))
big = [(i * 7919) % 1000 for i in range(50)]
print(sorted(big)[:10], sorted(big)[-5:])
print(sorted([2.5, 1, 3, 0.5, -1]))
same = [(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")]
print(sorted(same, key=lambda p: p[0]))
print(list(reversed([1, 2, 3])), sorted([], reverse=True))
