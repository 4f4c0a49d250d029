# Value patterns: dotted names are looked up (not captured) and compared with ==.
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Config:
    class Limits:
        LOW = 1
        HIGH = 100


def color_name(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case math.pi:
            return "pi"
        case Config.Limits.LOW:
            return "low limit"
        case Config.Limits.HIGH:
            return "high limit"
        case _:
            return "unknown"


for v in ["red", "green", "blue", math.pi, 1, 100, 3, 3.14]:
    print(repr(v), color_name(v))

# The value is looked up each time the case is tried.
class Dynamic:
    value = 1

def check(v):
    match v:
        case Dynamic.value:
            return True
    return False

print(check(1), check(2))
Dynamic.value = 2
print(check(1), check(2))

# Lookups through __getattr__ and properties run in case order, only when reached.
class Noisy:
    def __getattr__(self, name):
        print("  lookup", name)
        return len(name)

ns = Noisy()
match 3:
    case ns.a:
        print("wrong")
    case ns.abc:
        print("matched ns.abc")
    case ns.never:
        print("never reached")

# A failing lookup raises.
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print(type(e).__name__, e)

# Values in nested positions, and a value key in a mapping pattern.
match {"red": [Color.GREEN]}:
    case {Color.RED: [Color.GREEN]}:
        print("nested value patterns")

# Value patterns in a sequence with captures.
match ("blue", 5):
    case (Color.BLUE, n):
        print("blue with", n)
