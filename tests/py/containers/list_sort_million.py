# Sorting acceptance: 10**6 items with many equal keys; the sort is stable (equal keys keep
# their original order) and O(n log n) (this finishes in a few seconds). The set-up and the
# checks use map over C functions, and few new ints, so that the sorts dominate.
n = 10 ** 6
m = 10007  # a prime block of keys, repeated
# Keys 0..999 scattered pseudo-randomly by Knuth's multiplicative hash (mod 2**32).
block = list(map(int.__mod__, map(int.__mul__, range(m), [2654435761] * m), [4294967296] * m))
block = list(map(int.__mod__, block, [1000] * m))
keys = (block * (n // m + 1))[:n]
print(keys[:8], len(set(keys)), keys.count(0))
indexes = list(range(n))
# Sort the indexes by their keys. key * n + index orders like the pair (key, index), and
# those codes are unique: the sort is stable iff it puts them in increasing order.
order = indexes[:]
order.sort(key=keys.__getitem__)
scaled = list(map(int.__mul__, block, [n] * m)) * (n // m + 1)
codes = list(map(int.__add__, scaled, indexes))
print("stable ascending:", list(map(codes.__getitem__, order)) == sorted(codes), order[:3], order[-3:])
# reverse=True keeps equal keys in their original order too: (999 - key, index) increases.
desc = indexes[:]
desc.sort(key=keys.__getitem__, reverse=True)
scaled = list(map(int.__sub__, [999 * n] * m, scaled[:m])) * (n // m + 1)
codes = list(map(int.__add__, scaled, indexes))
print("stable descending:", list(map(codes.__getitem__, desc)) == sorted(codes), desc[:3], desc[-3:])
# plain ints, floats and strs
ints = keys[::4]
ints.sort()
print(ints[:3], ints[-3:], ints[len(ints) // 2])
floats = list(map(float, ints[::5]))
floats.sort(reverse=True)
print(floats[0], floats[-1], len(floats))
strs = list(map(str, ints[::5]))
strs.sort()
print(strs[:3], strs[-3:])
