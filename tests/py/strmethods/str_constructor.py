# str(): of objects, of bytes-like objects with an encoding and errors (bytes, bytearray,
# memoryview slices), keywords, the argument errors, and subclasses.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r), type(r).__name__)

show("empty", lambda: str())
show("int", lambda: str(42))
show("bytes no encoding", lambda: str(b"h\xc3\xa9"))
show("bytes utf-8", lambda: str(b"h\xc3\xa9", "utf-8"))
show("bytes errors only", lambda: str(b"h\xff", errors="replace"))
show("bytearray", lambda: str(bytearray(b"h\xc3\xa9"), "utf-8"))
show("memoryview slice", lambda: str(memoryview(b"abcdef")[2:4], "ascii"))
show("memoryview strided", lambda: str(memoryview(b"abcdef")[::2], "ascii"))
show("utf-16 bytearray", lambda: str(bytearray(b"\xff\xfeh\x00i\x00"), "utf-16"))
show("latin-1", lambda: str(b"\xe9\xff", encoding="latin-1"))
show("bad byte", lambda: str(bytearray(b"a\xff"), "ascii"))
show("str with encoding", lambda: str("abc", "utf-8"))
show("list with encoding", lambda: str([1], "utf-8"))
show("int with encoding", lambda: str(5, "ascii"))
show("encoding not str", lambda: str(b"a", 1))
show("errors not str", lambda: str(b"a", "ascii", 5))
show("unknown encoding", lambda: str(b"a", "nope"))
show("object kw", lambda: str(object=5))
show("bad kw", lambda: str(obj=5))
show("too many", lambda: str(b"a", "ascii", "strict", 1))
show("dup", lambda: str(b"a", object=b"b"))
show("no object", lambda: str(encoding="ascii"))

class S(str):
    pass
show("subclass", lambda: S(b"h\xc3\xa9", "utf-8"))
show("subclass of str", lambda: S("x") + S("y"))
show("str of subclass", lambda: str(S("q")))

class WithStr:
    def __str__(self):
        return "custom"
class BadStr:
    def __str__(self):
        return 5
class StrSub:
    def __str__(self):
        return S("sub")
show("__str__", lambda: str(WithStr()))
show("bad __str__", lambda: str(BadStr()))
show("__str__ subclass", lambda: str(StrSub()))
