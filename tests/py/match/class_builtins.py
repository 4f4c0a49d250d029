# The self-matching built-ins (bool, bytes, dict, float, frozenset, int, list, set, str,
# tuple): one positional sub-pattern matches the subject itself. Their subclasses inherit
# this unless they define __match_args__.
def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s) if 1 in s:
            return "set containing 1"
        case list() | tuple() | dict() | set():
            return f"other {type(v).__name__}"
        case complex(real=r, imag=i):
            return f"complex {r}+{i}j"
        case _:
            return "unknown"


for v in [True, False, 0, 1, -3, 10**30, 2.5, "", b"", "hi", b"hi", [5, 6], [], (1, 2),
          (1, 2, 3), {"k": 9}, {}, frozenset({1, 2}), {1, 2}, {2}, 3 + 4j, None, range(3)]:
    print(repr(v), "->", classify(v))


# Subclasses match themselves too, unless they set __match_args__.
class Celsius(float):
    pass


class Name(str):
    pass


class Tagged(int):
    __match_args__ = ("tag",)
    tag = "my tag"


class Counted(list):
    pass


for v in [Celsius(21.5), Name("ada"), Tagged(5), Counted([1, 2])]:
    match v:
        case Tagged(t):
            print(type(v).__name__, "-> tag", t)
        case float(x) | str(x) | list(x):
            print(type(v).__name__, "->", x, "is the subject:", x is v)

# int(x) also matches bools (bool is an int subclass); bool(x) does not match 1.
match True:
    case int(x):
        print("True is an int:", x)
match 1:
    case bool():
        print("wrong")
    case int():
        print("1 is not a bool")

# Keyword sub-patterns work on built-ins: attributes of the subject.
match 3 + 4j:
    case complex(real=3.0, imag=i):
        print("imag", i)
match 7:
    case int(real=r, imag=0, denominator=1):
        print("int attributes", r)
match "abc":
    case str(upper=u):
        print("bound method:", u())

# A second positional sub-pattern is an error for self-matching types.
for pattern_case in ["int", "str", "tuple"]:
    try:
        match 5 if pattern_case == "int" else ("s" if pattern_case == "str" else (1, 2)):
            case int(a, b) | str(a, b) | tuple(a, b):
                print("wrong")
    except TypeError as e:
        print(type(e).__name__, e)

# object() and classes without __match_args__ take no positional sub-patterns.
try:
    match 3:
        case object(x):
            print("wrong")
except TypeError as e:
    print(type(e).__name__, e)
NoneType = type(None)
try:
    match None:
        case NoneType(x):
            print("wrong")
except TypeError as e:
    print(type(e).__name__, e)
match None:
    case NoneType():
        print("NoneType() matches None")
