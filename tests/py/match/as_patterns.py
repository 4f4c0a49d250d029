# As-patterns bind the subject of a sub-pattern once that sub-pattern matched: around
# literals, sequences, mappings, classes and or-patterns, nested inside each other.
class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r})"


def show(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [(int() as a), (str() as b)] as whole:
            return f"int {a}, str {b!r}, whole {whole}"
        case {"point": (x, y) as pt} as m:
            return f"point {pt} x={x} y={y} in {len(m)}-key mapping"
        case Node(value=v, children=[Node() as first, *_]) as n:
            return f"{n} with first child {first} (value {v})"
        case Node(v, []) as leaf:
            return f"leaf {leaf}"
        case [[_, _] as inner, *rest] as outer:
            return f"inner {inner}, rest {rest}, outer length {len(outer)}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case _ as anything:
            return f"anything: {anything!r}"


for v in [2, 5, [1, "x"], ["x", 1], {"point": (3, 4), "color": "red"}, {"point": [5, 6]},
          Node("root", [Node("a"), Node("b")]), Node("leaf"), [[1, 2], 3, 4], [[1], 2],
          "abcdef", "ab", None]:
    print(show(v))


# `x as y` binds both names to the same object.
match [1, 2]:
    case list() as a:
        print("identity kept:", a is not None)
match [[0]]:
    case [([_] as b) as c]:
        print("double as:", b, c, b is c)

# As-patterns in or-pattern alternatives must bind the same names.
match (5, "five"):
    case (int() as n, str() as s) | (str() as s, int() as n):
        print("n", n, "s", s)
match ("six", 6):
    case (int() as n, str() as s) | (str() as s, int() as n):
        print("n", n, "s", s)

# The star capture and an as-pattern around a sequence.
match range(4):
    case [first, *others] as r:
        print(first, others, r)
