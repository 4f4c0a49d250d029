# The public methods of str: names, signatures and docstrings as CPython 3.11 has them, how
# they bind (maketrans is a static method), and the descriptors' types.
names = [n for n in dir(str) if not n.startswith("_")]
print(len(names), names)
for n in names:
    m = getattr(str, n)
    print(n, type(m).__name__, m.__text_signature__)
    print(repr(m.__doc__))
print(sorted(set(dir("")) - set(dir(str))), sorted(set(["__getnewargs__", "__len__",
      "__contains__", "__iter__", "__getitem__", "__hash__", "__add__", "__mul__", "__rmul__",
      "__lt__", "__format__", "__sizeof__", "__repr__", "__str__", "__new__"]) - set(dir(str))))
print(str.maketrans("a", "b") == "".maketrans("a", "b") == str.maketrans.__call__("a", "b"))
print(type(str.__dict__["upper"]).__name__, callable(str.__dict__["maketrans"]))
print(str.upper.__name__, str.upper.__qualname__, "x".upper.__self__, str.upper.__objclass__)
print(str.__getnewargs__.__doc__, str.__getnewargs__.__text_signature__)
print(sorted(str.__dict__))
print(str.__sizeof__.__text_signature__, repr(str.__sizeof__.__doc__))
print("abc".__sizeof__(), "".__sizeof__(), "\xe9".__sizeof__(), "\u4e2d\u6587".__sizeof__(),
      "\U0001f600".__sizeof__(), ("x" * 100).__sizeof__())
class S(str):
    pass
s = S("x")
s.attr = 5
print(s.attr, str.__getattribute__("ab", "upper")(), S.__getattribute__(s, "attr"))
