# A small command interpreter for a key-value store with undo, dispatching with match on
# split command lines (sequence patterns with literals, captures and stars), on request
# dicts (mapping patterns), and on command objects (class patterns).
class Command:
    __match_args__ = ("name", "args")

    def __init__(self, name, *args):
        self.name = name
        self.args = list(args)

    def __repr__(self):
        return f"Command({self.name!r}, {self.args!r})"


class Store:
    def __init__(self):
        self.data = {}
        self.history = []

    def apply(self, request):
        match request:
            case str() as line:
                return self.apply(line.split())
            case []:
                return "empty command"
            case ["set", key, value]:
                return self.set(key, value)
            case ["set", key, *values] if values:
                return self.set(key, " ".join(values))
            case ["get", key] | ["show", key]:
                return self.data.get(key, f"no key {key}")
            case ["del" | "delete", *keys] if keys:
                return [self.delete(k) for k in keys]
            case ["incr", key, ("-" | "+") as sign, amount] if amount.isdigit():
                delta = int(amount) if sign == "+" else -int(amount)
                return self.set(key, str(int(self.data.get(key, "0")) + delta))
            case ["incr", key]:
                return self.apply(["incr", key, "+", "1"])
            case ["undo"]:
                return self.undo()
            case ["keys"]:
                return sorted(self.data)
            case {"op": "set", "key": key, "value": value}:
                return self.set(key, str(value))
            case {"op": "batch", "commands": [*commands]}:
                return [self.apply(c) for c in commands]
            case {"op": op, **extra}:
                return f"unknown op {op!r} with {sorted(extra)}"
            case Command("set", [key, value]):
                return self.set(key, value)
            case Command(name="get", args=[key]):
                return self.data.get(key)
            case Command(name, args):
                return f"bad command object {name} {args}"
            case [verb, *_]:
                return f"unknown verb {verb!r}"
            case _:
                return f"cannot handle {type(request).__name__}"

    def set(self, key, value):
        self.history.append((key, self.data.get(key)))
        self.data[key] = value
        return f"{key} = {value}"

    def delete(self, key):
        match self.data.pop(key, None):
            case None:
                return f"{key} missing"
            case old:
                self.history.append((key, old))
                return f"deleted {key}"

    def undo(self):
        match self.history:
            case []:
                return "nothing to undo"
            case [*_, (key, None)]:
                self.history.pop()
                del self.data[key]
                return f"undid {key} (removed)"
            case [*_, (key, old)]:
                self.history.pop()
                self.data[key] = old
                return f"undid {key} (back to {old})"


store = Store()
requests = [
    "set a 1", "set b hello world", "get a", "show b", "get c", "incr a", "incr a + 10",
    "incr a - 3", "incr a * 2", "keys", "del a b c", "undo", "undo", "keys", "undo", "undo",
    "undo", "undo", "undo", "", "frobnicate now",
    {"op": "set", "key": "x", "value": 42},
    {"op": "batch", "commands": ["set y 2", {"op": "set", "key": "z", "value": [1]}, "keys"]},
    {"op": "nope", "a": 1, "b": 2},
    {"no_op": True},
    Command("set", "w", "v"), Command("get", "w"), Command("get"), Command("zap", 1, 2),
    42, None, ("get", "x"),
]
for r in requests:
    print(repr(r), "->", store.apply(r))
print(store.data)
