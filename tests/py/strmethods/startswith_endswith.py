# startswith / endswith: strings, tuples of strings, start/end bounds, empty affixes and
# the errors CPython raises for other types.
texts = ["hello world", "", "héllo", "中文字", "😀x😀", "aaa"]
affixes = ["", "h", "he", "hello world!", "d", "world", "é", "héllo", "中", "字", "😀", "x😀",
           ("x", "he"), ("zz",), (), ("", "q"), ("😀", "中")]
bounds = [(), (1,), (-3,), (0, 5), (2, 1), (100,), (-100, 100), (None, None), (None, -1), (3, 3)]
for t in texts:
    for a in affixes:
        print(ascii(t), ascii(a), [(t.startswith(a, *b), t.endswith(a, *b)) for b in bounds])

for f in (lambda: "a".startswith(1), lambda: "a".endswith(["a"]),
          lambda: "a".startswith(("a", 1)), lambda: "a".endswith(("b", None)),
          lambda: "a".startswith(("a", 1)), lambda: "a".startswith(),
          lambda: "a".startswith("a", "b"), lambda: "a".endswith("a", 0, 1, 2),
          lambda: "a".startswith(prefix="a"), lambda: "a".startswith(b"a"),
          lambda: "a".endswith((b"a",)), lambda: "abc".startswith("a", 2 ** 100)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
print(S("abc").startswith(S("a")), "abc".endswith((S("c"),)))
