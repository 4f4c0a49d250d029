# str * int, int * str, str + str: zero and negative counts, __index__, huge counts
# (OverflowError or MemoryError as CPython), and the type errors.
for s in ["", "a", "ab", "é", "中文", "😀", "a😀"]:
    print(ascii(s), [ascii(s * n) for n in (-1, 0, 1, 2, 3)], ascii(3 * s), ascii(s * True))
print(len("ab" * 1000), len("😀" * 1000), ("xy" * 1000)[1997:], ("é中" * 7)[-3:])

class I:
    def __index__(self):
        return 3
print("ab" * I(), I() * "é")

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r)[:40], len(r))

show("empty huge", lambda: "" * (2 ** 62))
show("one huge", lambda: "ab" * (2 ** 62))
show("huger", lambda: "a" * (2 ** 63))
show("negative huge", lambda: "a" * (-2 ** 63))
show("negative huger", lambda: "a" * (-2 ** 100))
show("memory", lambda: "a" * (2 ** 63 - 1))
show("memory wide", lambda: "\U0001f600" * (2 ** 61))
show("float", lambda: "a" * 2.0)
show("str", lambda: "a" * "b")
show("None", lambda: None * "a")
show("list", lambda: "a" * [2])
show("concat int", lambda: "a" + 1)
show("concat bytes", lambda: "a" + b"b")
show("radd", lambda: 1 + "a")
show("concat", lambda: "é" + "中" + "😀" + "")
s = "x"
s += "é"
s *= 2
print(ascii(s))

class S(str):
    pass
for r in (S("ab") * 1, S("ab") * 2, S("") * 5, S("ab") + "c", "c" + S("ab")):
    print(ascii(r), type(r).__name__)
