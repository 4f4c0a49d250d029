# __getnewargs__, str() of subclasses, and what methods return for str subclasses (always a
# plain str, even when nothing changes).
class S(str):
    pass

s = S("héllo")
print(ascii(s.__getnewargs__()), type(s.__getnewargs__()[0]).__name__)
print(ascii("😀".__getnewargs__()), ascii("".__getnewargs__()), type("".__getnewargs__()).__name__)
try:
    "a".__getnewargs__(1)
except TypeError as e:
    print("TypeError", e)

methods = [
    ("lower", ()), ("upper", ()), ("casefold", ()), ("title", ()), ("capitalize", ()),
    ("swapcase", ()), ("strip", ()), ("lstrip", ("x",)), ("rstrip", ()), ("replace", ("z", "y")),
    ("center", (2,)), ("ljust", (0,)), ("rjust", (3,)), ("zfill", (1,)), ("expandtabs", ()),
    ("translate", ({},)), ("removeprefix", ("q",)), ("removesuffix", ("",)),
    ("__str__", ()), ("__getitem__", (slice(None),)), ("__add__", ("",)), ("__mul__", (1,)),
    ("__format__", ("",)),
]
for name, args in methods:
    try:
        r = getattr(s, name)(*args)
        print(name, ascii(r), type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ["split", "rsplit", "splitlines", "partition", "rpartition"]:
    args = ("=",) if "partition" in name else ()
    r = getattr(s, name)(*args)
    print(name, ascii(r), [type(x).__name__ for x in r])

class T(str):
    def __new__(cls, value, extra):
        o = super().__new__(cls, value)
        o.extra = extra
        return o
t = T("abc", 5)
print(t, t.extra, t.upper(), type(t.upper()).__name__, t.__getnewargs__())
print(str.__new__(S, "x"), type(str.__new__(S, "x")).__name__, S() == "", S("a", ) + "b")
