# Binary-operator, comparison, subscript and unpacking specializations: their guards must
# send anything they were not made for to the generic path, mid-loop type changes included.
# Loops run long enough (> 8 executions) for each site to specialize first.


def add_all(values):
    t = values[0]
    for v in values[1:]:
        t = t + v
    return t


# int overflow into big ints (BINARY_OP_ADD_INT / SUBTRACT / MULTIPLY).
big = 2**62
print(add_all([1] * 100 + [big, big, big]))
print(add_all([-1] * 100 + [-big, -big, -big]))


def mul_all(values):
    t = 1
    for v in values:
        t = t * v
    return t


print(mul_all([3] * 100))
print(mul_all([2] * 50 + [-(2**40)] * 3))


def sub_loop(n):
    x = 0
    for i in range(n):
        x = x - 2**60
    return x


print(sub_loop(100))

# Type changes at a site mid-loop: int, float, str, list, bool, int subclass.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


def mixed(pairs):
    return [a + b for a, b in pairs]


pairs = [(i, i) for i in range(50)] + [(0.5, 1), (1.5, 2.5), ("a", "b"), ([1], [2]),
                                       (True, True), (MyInt(1), 2), (2, MyInt(1)), (1, 2.5)]
print(mixed(pairs)[48:])
pairs = [(1.5, 2.0)] * 50 + [(1, 2), (float("inf"), float("-inf")), ("x", "y")]
print(mixed(pairs)[49:])

# str concatenation and errors from a specialized site.
def concat(parts):
    s = ""
    for p in parts:
        s = s + p
    return s


print(concat(["ab"] * 100)[:10], len(concat(["ab"] * 100)), concat(["é", "€", "😀"] * 20)[-6:])
try:
    concat(["a"] * 50 + [1])
except TypeError as e:
    print(type(e).__name__, e)

# Float arithmetic, including infinities, NaN and negative zero.
def floats(n):
    x = 0.0
    for i in range(n):
        x = x * 1.5 - 0.25 + 1e-3
    return x


print(floats(100), floats(2000))
print([(-0.0) * 1.0 for _ in range(20)][-1], [1e308 * 10.0 for _ in range(20)][-1])

# Comparisons fused with jumps: ints, floats with NaN, strs, then other types mid-loop.
def count_less(values, limit):
    n = 0
    for v in values:
        if v < limit:
            n += 1
    return n


nan = float("nan")
print(count_less(list(range(100)), 50), count_less([0.5 * i for i in range(100)], 10.0))
print(count_less([nan] * 20 + [1.0], 2.0), count_less(list(range(50)) + [2**70, -(2**70)], 10))
print(count_less(["b"] * 30 + ["a"], "b"))
try:
    count_less(list(range(30)) + ["x"], 5)
except TypeError as e:
    print(type(e).__name__, e)


def comparisons(a, b):
    out = []
    for _ in range(20):
        out = [a < b, a <= b, a == b, a != b, a > b, a >= b]
    return out


for a, b in [(1, 2), (2, 2), (3, 2), (1.0, nan), (nan, nan), ("x", "x"), ("x", "y"),
             (2**70, 2**70), (1, 1.0), (True, 1)]:
    print(a, b, comparisons(a, b))


def str_eq(words, target):
    hits = 0
    for w in words:
        if w == target:
            hits += 1
        if w != target:
            hits -= 1
    return hits


class S(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


print(str_eq(["a", "b", "a"] * 40, "a"), str_eq(["a"] * 40 + [S("z")], "a"))
print(str_eq(["é"] * 30 + ["e"], "é"))

# Subscripts: lists and tuples with negative and out-of-range indices, dicts with missing
# keys, dict subclasses with __missing__, a list replaced by a dict mid-loop.
def get_all(container, keys):
    out = []
    for k in keys:
        try:
            out.append(container[k])
        except (IndexError, KeyError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    return out


lst = list(range(10))
print(get_all(lst, list(range(10)) * 10 + [-1, -10, 10, -11, True, 2**70])[-6:])
print(get_all(tuple(lst), list(range(10)) * 10 + [-1, 10, "x"])[-3:])
d = {i: i * i for i in range(10)}
print(get_all(d, list(range(10)) * 10 + [10, (1, 2), 1.0, True])[-4:])


class Defaulting(dict):
    def __missing__(self, key):
        return ("missing", key)


print(get_all(Defaulting(d), [1] * 20 + [99])[-2:])


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


kd = {Key(i): i for i in range(5)}
print(get_all(kd, [Key(i % 5) for i in range(100)] + [Key(7)])[-2:])


def set_all(container, keys, value):
    for k in keys:
        try:
            container[k] = value
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)


lst = [0] * 10
set_all(lst, list(range(10)) * 10 + [-1, 10], "v")
print(lst)
dd = {}
set_all(dd, list(range(20)) * 5 + [[1]], 0)
print(len(dd))


class Logged(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, ("logged", v))


ld = Logged()
set_all(ld, [1] * 20, 5)
print(ld)

# Unpacking: 2-tuples, longer tuples, lists, wrong lengths and other iterables mid-loop.
def unpack2(seq):
    out = []
    for item in seq:
        try:
            a, b = item
            out.append(a + b)
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    return out


print(unpack2([(1, 2)] * 50 + [[3, 4], (1, 2, 3), (1,), "ab", {5: 0, 6: 0}, 7])[-6:])


def unpack3(seq):
    out = []
    for item in seq:
        try:
            a, b, c = item
            out.append((a, b, c))
        except ValueError as e:
            out.append(str(e))
    return out


print(unpack3([(1, 2, 3)] * 30 + [[4, 5, 6]] * 30 + [[1, 2], range(3)])[-4:])
