# Errors from string operations: immutability, bad operands, bad indices and conversions.
s = "immutable"
cases = [
    lambda: s + 1,
    lambda: 1 + s,
    lambda: s * "2",
    lambda: s * 1.5,
    lambda: s - "i",
    lambda: s[20],
    lambda: s["x"],
    lambda: int(s),
    lambda: float(s),
    lambda: s < 1,
    lambda: ord(s),
    lambda: s.find(1),
    lambda: s.replace("a"),
    lambda: "".join([1]),
    lambda: s.startswith(["i"]),
    lambda: -s,
    lambda: s.nosuchmethod(),
]
for case in cases:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    s[0] = "I"
except TypeError as e:
    print("item assignment:", e)
