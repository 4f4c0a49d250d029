# str and bytes subclasses: string methods return plain str, the subclass keeps its extras.
class Path(str):
    sep = "/"

    def parts(self):
        return self.split(self.sep)

    def __truediv__(self, other):
        return Path(self + self.sep + other)

    def __repr__(self):
        return f"Path({str.__repr__(self)})"


p = Path("usr") / "local" / "bin"
print(repr(p), p.parts(), len(p), p.upper(), type(p.upper()).__name__, p[0], p[-3:])
print(p == "usr/local/bin", p.startswith("usr"), "local" in p, hash(p) == hash("usr/local/bin"))
print({p: 1}["usr/local/bin"], str(p), type(str(p)).__name__, f"{p}", f"{p!r}", p + "!")
p.note = "annotated"
print(p.note, vars(p), sorted(["b", Path("a"), "c"]))
u = Path("ünïcødé/𝄞")
u.tag = 1
print(repr(u), u.parts(), len(u), u.tag, u.encode("utf-8"))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


print(Upper("shout"), type(Upper("x")).__name__, Upper("abc") + "d", Upper("a") * 3)


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"\x01\xffab")
b.kind = "raw"
print(b, b.hexed(), b.kind, len(b), b[1], b[2:], type(b[2:]).__name__, b == b"\x01\xffab")
print(Blob([65, 66, 67]), Blob(3), Blob("text", "ascii"))


class Tagged(str):
    __slots__ = ()


t = Tagged("fixed")
try:
    t.x = 1
except AttributeError as e:
    print(e)
