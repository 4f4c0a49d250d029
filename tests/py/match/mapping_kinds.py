# Which subjects a mapping pattern accepts (dict, its subclasses, mappingproxy), and how keys
# are looked up: through the subject's `get` with a private default, so __missing__ never runs
# and a user `get` decides what is present.
class LoggingDict(dict):
    def get(self, key, default=None):
        print("  get", repr(key), "default is a plain object:", type(default) is object)
        return super().get(key, default)


class Missing(dict):
    def __missing__(self, key):
        print("  __missing__ called (wrong)")
        return 0


class Everything(dict):
    # Claims every key is present.
    def get(self, key, default=None):
        return f"<{key}>"


class FakeMapping:
    def get(self, key, default=None):
        return 1

    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        return 1


def probe(m):
    match m:
        case {"a": a, "b": b}:
            return f"a={a} b={b}"
        case {"a": a}:
            return f"only a={a}"
        case {}:
            return "mapping without a"
        case _:
            return "not a mapping"


print(probe(LoggingDict(a=1, b=2)))
print(probe(LoggingDict(a=1)))
print(probe(Missing(b=1)))
print(probe(Everything()))
print(probe(Everything(x=1, y=2)))
print(probe(FakeMapping()))
print(probe(type("T", (), {"a": 5}).__dict__)[:9])

# **rest copies the subject with dict.update semantics, then removes the matched keys.
# Deleting a key the copy does not have is a KeyError.
try:
    match Everything(x=1, y=2):
        case {"a": a, **rest}:
            print("wrong")
except KeyError as e:
    print(type(e).__name__, e)

match LoggingDict(k=1, j=2):
    case {"k": 1, **rest}:
        print("rest", rest, type(rest).__name__)

# A `get` that raises propagates; so does an unhashable key in a dict.
class Raising(dict):
    def get(self, key, default=None):
        raise KeyError("get failed for " + key)

try:
    match Raising(a=1):
        case {"a": _}:
            pass
except KeyError as e:
    print(type(e).__name__, e)

class Box:
    key = ["unhashable"]

try:
    match {"x": 1}:
        case {Box.key: _}:
            pass
except TypeError as e:
    print(type(e).__name__, e)

# Two dotted keys that evaluate to the same value: ValueError at run time.
class K:
    a = "same"
    b = "same"

try:
    match {"same": 1, "other": 2}:
        case {K.a: _, K.b: _}:
            print("wrong")
except ValueError as e:
    print(type(e).__name__, e)

# A literal key and a dotted key with equal values are also duplicates.
class One:
    v = 1

try:
    match {1: "x", 2: "y"}:
        case {1: _, One.v: _}:
            print("wrong")
except ValueError as e:
    print(type(e).__name__, e)

# Values that are None or falsy still count as present.
match {"n": None, "z": 0, "e": ""}:
    case {"n": None, "z": 0, "e": ""}:
        print("falsy values matched")

# A mapping subject with fewer items than keys fails before any lookup.
match LoggingDict(a=1):
    case {"a": 1, "b": 2, "c": 3}:
        print("wrong")
    case _:
        print("too short, no get calls")
