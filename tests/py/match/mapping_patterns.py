# Mapping patterns: required keys (extra keys allowed), value sub-patterns, **rest (a new
# dict without the matched keys), literal and dotted keys, nesting.
class Keys:
    ID = "id"


def handle(event):
    match event:
        case {}  if not event:
            return "empty mapping"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {Keys.ID: int(i), "tags": [*tags]}:
            return f"id {i} tags {tags}"
        case {1: one, 2.5: two, None: three, False: four, b"k": five}:
            return ("odd keys", one, two, three, four, five)
        case {"nested": {"deep": {"value": v}}}:
            return f"deep value {v}"
        case {**rest}:
            return f"other mapping, keys {list(rest)}"
        case _:
            return "not a mapping"


events = [
    {},
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "extra": 1},
    {"type": "click", "pos": "xy"},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": "q"},
    {"type": "key", "key": 7},
    {"id": 12, "tags": ("a", "b")},
    {"id": "12", "tags": []},
    {1: "one", 2.5: "two", None: "three", False: "four", b"k": "five"},
    {1.0: "one", 2.5: "two", None: "three", 0: "four", b"k": "five"},
    {"nested": {"deep": {"value": 42, "other": 0}}},
    {"nested": {"deep": []}},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(handle(e))

# **rest is a fresh dict in the subject's order, without the matched keys.
subject = {"a": 1, "b": 2, "c": 3, "d": 4}
match subject:
    case {"c": c, "a": a, **rest}:
        print("a", a, "c", c, "rest", rest)
        rest["z"] = 26
print("subject unchanged:", subject)

match {"only": 1}:
    case {"only": _, **rest}:
        print("rest of a fully matched dict:", rest)

match {"x": 1}:
    case {**everything}:
        print("everything", everything, everything is not None)

# {} matches any mapping, empty or not.
for m in [{}, {"k": "v"}]:
    match m:
        case {}:
            print("{} matched", m)

# Key order in the pattern does not matter; values are tested in pattern order.
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        return self.name == other

    def __hash__(self):
        return 0

match {"k1": Loud("v1"), "k2": Loud("v2")}:
    case {"k2": "v2", "k1": "v1"}:
        print("matched in any key order")

# Missing keys fail the case without touching the values.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("wrong")
    case {"a": x}:
        print("fallback got", x)
