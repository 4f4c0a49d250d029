# Or-patterns: alternatives tried left to right, each binding the same names (possibly in a
# different order or at different depths); nested or-patterns; or-patterns inside sequences,
# mappings and class patterns.
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "tiny"
        case "a" | "e" | "i" | "o" | "u":
            return "vowel"
        case [x, 0] | [0, x]:
            return f"one zero beside {x}"
        case (x, y, "xy") | (y, x, "yx"):
            return f"x={x} y={y}"
        case {"left": v} | {"right": v}:
            return f"side {v}"
        case [("add" | "sub") as op, a, b]:
            return f"{op} {a} {b}"
        case [[1 | 2] | [3, 4], *_]:
            return "nested alternatives"
        case int() | float() as num if num > 100:
            return "big number"
        case None | True | False:
            return "singleton"
    return "other"


for v in [0, 2, 3, "e", "z", [5, 0], [0, 6], [0, 0], (1, 2, "xy"), (1, 2, "yx"),
          {"left": 1}, {"right": 2}, {"left": 3, "right": 4}, ["add", 1, 2], ["mul", 1, 2],
          [[2], 9], [[3, 4]], [[5]], 101, 100.5, 99, None, True, False]:
    print(repr(v), "->", classify(v))


# Alternatives bind names in different orders and at different depths.
def swap(v):
    match v:
        case (a, (b, c)) | ((c, b), a) | {"a": a, "b": b, "c": c}:
            return a, b, c

print(swap((1, (2, 3))))
print(swap(((3, 2), 1)))
print(swap({"c": 3, "a": 1, "b": 2}))
print(swap("nothing"))


# Many names, reordered.
def many(v):
    match v:
        case [a, b, c, d] | (d, c, b, a, "rev") | {"a": a, "b": b, "c": c, "d": d}:
            return [a, b, c, d]

print(many([1, 2, 3, 4]), many((4, 3, 2, 1, "rev")), many({"d": 4, "c": 3, "b": 2, "a": 1}))


# Or-patterns with captures inside class patterns and with a guard on the whole case.
class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right


def pair(v):
    match v:
        case Pair(x, None) | Pair(None, x) if x is not None:
            return f"half pair {x}"
        case Pair(x, y) | [x, y]:
            return f"pair {x} {y}"
    return "no pair"

for v in [Pair(1, None), Pair(None, 2), Pair(None, None), Pair(3, 4), [5, 6], (7,)]:
    print(pair(v))


# The alternatives run in order: side effects of comparisons show it.
class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  compare", self.v, other)
        return self.v == other

match Noisy(3):
    case 1 | 2 | 3 | 4:
        print("matched the third alternative")

# An alternative that fails midway leaves nothing bound.
def midway(v):
    match v:
        case [a, 1] | [1, a]:
            return a
    return "unbound" if "a" not in locals() else "leaked"

print(midway([7, 2]), midway([1, 5]))

# An irrefutable last alternative is allowed in the last case.
match 42:
    case [x] | x:
        print("fell through to capture", x)
match "zzz":
    case "a" | _:
        print("wildcard alternative")
