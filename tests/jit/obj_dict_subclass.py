# Dict subscripts translated through narrow helpers (BINARY_SUBSCR_DICT, STORE_SUBSCR_DICT)
# behind exact-dict guards: dict subclasses overriding __getitem__, __setitem__ or __missing__
# reach the specialized sites mid-loop and must run their overrides; missing keys, unhashable
# keys and keys whose __eq__ raises are raised from native code, with CPython's messages.
# jit-threshold: 200
# expect-stat: deopts \(operand types\) at count \(line [0-9]+\) BINARY_SUBSCR
# expect-stat: deopts \(operand types\) at fill \(line [0-9]+\) STORE_SUBSCR
# expect-stat: functions compiled: [1-9]


def count(d, keys, n):
    for _ in range(n):
        for k in keys:
            d[k] = d[k] + 1
    return d


keys = ["a", "b", 3, (1, 2), 2.5]
base = dict.fromkeys(keys, 0)
print(count(base, keys, 300))


class Loud(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10

    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v + 1000)


print(count(Loud.fromkeys(keys, 1), keys, 2))


class Default(dict):
    def __missing__(self, k):
        return -100


print(count(Default(), ["x", "y"], 3))


def fill(d, keys, n):
    for i in range(n):
        for k in keys:
            d[k] = i
    return d


print(fill({}, keys, 300))
print(fill(Loud(), keys, 3))
print(count(base, keys, 300)["a"])

try:
    count(dict(base), ["a", "missing"], 2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    count(dict(base), ["a", ["unhashable"]], 1)
except TypeError as e:
    print(type(e).__name__, e)


class BadEq:
    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        raise ValueError("no eq")


try:
    count({"a": 1}, [BadEq()], 1)
except ValueError as e:
    print(type(e).__name__, e)

# Values that are unboxed numbers on the stack, stored into a dict.
def squares(n):
    d = {}
    for i in range(n):
        d[i] = i * i
        d[-i] = i * 0.5
    return d


print(sorted(squares(400).items())[:4], len(squares(400)))
print(count(base, keys, 300))
