# hash() of ints, floats, bools, strings, bytes and tuples: deterministic values (PYTHONHASHSEED=0).
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(repr(v), hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.25, 1e100, 3.141592653589793]:
    print(repr(v), hash(v))
print(hash(True), hash(False), hash(None) == hash(None))
for v in ["", "a", "abc", "hello world", "é", "中文", "😀"]:
    print(repr(v), hash(v))
for v in [b"", b"a", b"abc"]:
    print(repr(v), hash(v))
for v in [(), (1,), (1, 2), ("a", 1), ((1, 2), (3,)), (1, 2.0, "x")]:
    print(repr(v), hash(v))
print(hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash("abc") == hash(b"abc"), hash(1) == hash(1.0), hash((1,)) == hash((1.0,)))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
