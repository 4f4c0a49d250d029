# A validator for JSON-like data against a small schema language, written as one recursive
# match over (schema, value) pairs: type names, literal enums, optional keys, list item
# schemas, tuples of alternatives and nested objects.
def validate(schema, value, path="$"):
    match schema, value:
        case "any", _:
            return []
        case "int", int() if not isinstance(value, bool):
            return []
        case "num", int() | float() if not isinstance(value, bool):
            return []
        case "str", str():
            return []
        case "bool", bool():
            return []
        case "null", None:
            return []
        case ("int" | "num" | "str" | "bool" | "null") as name, _:
            return [f"{path}: expected {name}, got {type(value).__name__}"]
        case {"enum": [*options]}, _:
            return [] if value in options else [f"{path}: {value!r} not in {options}"]
        case {"list": item_schema, **limits}, list() as items:
            errors = []
            match limits:
                case {"min": int(lo)} if len(items) < lo:
                    errors.append(f"{path}: fewer than {lo} items")
            for i, item in enumerate(items):
                errors += validate(item_schema, item, f"{path}[{i}]")
            return errors
        case {"list": _}, _:
            return [f"{path}: expected list"]
        case {"object": {**fields}}, dict() as obj:
            errors = []
            for key, field_schema in fields.items():
                name = key.rstrip("?")
                match obj:
                    case {**present} if name in present:
                        errors += validate(field_schema, present[name], f"{path}.{name}")
                    case _ if key.endswith("?"):
                        continue
                    case _:
                        errors.append(f"{path}: missing {key}")
            extra = sorted(set(obj) - {k.rstrip("?") for k in fields})
            if extra:
                errors.append(f"{path}: unexpected {extra}")
            return errors
        case {"object": _}, _:
            return [f"{path}: expected object"]
        case (*alternatives,), _:
            for alt in alternatives:
                if not validate(alt, value, path):
                    return []
            return [f"{path}: matches none of {len(alternatives)} alternatives"]
        case _:
            raise ValueError(f"bad schema {schema!r}")


person = {"object": {
    "name": "str",
    "age": "int",
    "email?": ("str", "null"),
    "role": {"enum": ["admin", "user"]},
    "tags": {"list": "str", "min": 1},
    "address?": {"object": {"city": "str", "zip?": "int"}},
}}

samples = [
    {"name": "Ann", "age": 30, "role": "admin", "tags": ["x"]},
    {"name": "Bob", "age": "30", "role": "root", "tags": []},
    {"name": "Cy", "age": 5, "email": None, "role": "user", "tags": ["a", 2],
     "address": {"city": "Oslo", "zip": "0150"}},
    {"name": "Di", "age": True, "role": "user", "tags": ["t"], "nick": "d"},
    {"age": 1.5, "role": "user", "tags": "abc", "address": []},
    ["not", "an", "object"],
]
for s in samples:
    print(validate(person, s) or "valid")

try:
    validate({"weird": 1}, 5)
except ValueError as e:
    print(type(e).__name__, e)
print(validate(("int", {"list": "int"}), [1, 2]), validate(("int", "str"), 2.5))
