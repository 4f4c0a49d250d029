# A JSON-like serializer and pretty printer for nested dicts and lists, written by hand.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u00" + "0123456789abcdef"[ord(ch) // 16] + "0123456789abcdef"[ord(ch) % 16])
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    sep = ",\n" if indent else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [dumps(v, indent, level + 1) for v in value]
        if indent:
            return "[\n" + pad + (",\n" + pad).join(items) + "\n" + end_pad + "]"
        return "[" + sep.join(items) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        if indent:
            return "{\n" + pad + (",\n" + pad).join(items) + "\n" + end_pad + "}"
        return "{" + sep.join(items) + "}"
    raise TypeError("Object of type " + type(value).__name__ + " is not serializable")

doc = {
    "name": "Krait",
    "version": [0, 3, 1],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "authors": [{"name": "Ann", "roles": ["lead", "vm"]}, {"name": "Bo \"the\" Coder", "roles": []}],
    "notes": "line one\nline two\ttabbed",
    "empty": {},
}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps([1, [2, [3, [4, []]]]], indent=1))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

def count_values(value):
    if isinstance(value, dict):
        return sum([count_values(v) for v in value.values()])
    if isinstance(value, list):
        return sum([count_values(v) for v in value])
    return 1
print("leaf values:", count_values(doc))
