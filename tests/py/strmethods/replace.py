# replace: all occurrences or count of them, the empty pattern, patterns and replacements
# of different widths, and the errors.
cases = [
    ("abcabc", "b", "XY"), ("abcabc", "bc", ""), ("aaaa", "aa", "b"), ("aaaa", "a", "aa"),
    ("abc", "", "-"), ("", "", "x"), ("", "a", "b"), ("abc", "abc", ""), ("abc", "abcd", "x"),
    ("héllo", "é", "e"), ("hello", "l", "ł"), ("hello", "l", "😀"), ("中文中文", "文", "字"),
    ("😀a😀", "😀", "b"), ("😀a😀", "a", "é"), ("aéa", "é", ""), ("abc", "é", "x"),
    ("ab" * 10, "ab", "ba"), ("abc", "c", "c"), ("x\x00y", "\x00", "0"),
]
for s, old, new in cases:
    print(ascii(s), ascii(old), ascii(new), ascii(s.replace(old, new)),
          [ascii(s.replace(old, new, n)) for n in (-2, -1, 0, 1, 2, 100)])

print("a.b.c".replace(".", "", True), "a.b.c".replace(".", "-", 2 ** 63 - 1))
for f in (lambda: "abc".replace(1, "x"), lambda: "abc".replace("a", 1),
          lambda: "abc".replace("a"), lambda: "abc".replace("a", "b", "c"),
          lambda: "abc".replace("a", "b", 1.0), lambda: "abc".replace("a", "b", 2 ** 64),
          lambda: "abc".replace("a", "b", 1, 2), lambda: "abc".replace(old="a", new="b"),
          lambda: "abc".replace(b"a", "b"), lambda: "abc".replace(None, "b")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
for r in (S("abc").replace("x", "y"), S("abc").replace("a", "b"), S("").replace("", "")):
    print(ascii(r), type(r).__name__)
big = "ab" * 5000
print(len(big.replace("a", "xyz")), big.replace("b", "")[:10], big.count("a"))
