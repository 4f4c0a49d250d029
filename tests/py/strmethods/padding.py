# center, ljust, rjust, zfill: widths below, at and above the length, odd and even margins,
# fill characters of every width, signs for zfill, and the errors.
texts = ["", "a", "ab", "abc", "é", "中文", "😀", "-42", "+7", "-", "+", "0", "--1", "+-1",
         "abc-", " -1", "1e5", "-é", "-😀"]
for t in texts:
    print(ascii(t), [ascii(t.center(w)) for w in (-1, 0, 1, 2, 4, 5, 6)])
    print("   ", [ascii(t.ljust(w, "*")) for w in (0, 3, 5)],
          [ascii(t.rjust(w, "é")) for w in (0, 3, 5)],
          [ascii(t.center(w, "😀")) for w in (3, 6)],
          [ascii(t.zfill(w)) for w in (-5, 0, 1, 3, 5)])

# CPython's center puts the odd character on the left only when the width is odd
for t in ["a", "ab", "abc", "abcd"]:
    print([t.center(w, ".") for w in range(len(t), len(t) + 5)])

for f in (lambda: "a".center(), lambda: "a".center("5"), lambda: "a".center(5, ""),
          lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".ljust(5, b"x"),
          lambda: "a".rjust(5, "x", "y"), lambda: "a".zfill(), lambda: "a".zfill("3"),
          lambda: "a".zfill(3.0), lambda: "a".ljust(width=3), lambda: "a".center(2 ** 100),
          lambda: "a".zfill(2 ** 100), lambda: "a".rjust(-2 ** 100), lambda: "a".ljust(None),
          lambda: "a".center(3, fillchar="x")):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 4
print("a".center(I(), "-"), "7".zfill(I()), "a".ljust(True, "x"))

class S(str):
    pass
for r in (S("abc").center(2), S("abc").center(5), S("abc").zfill(1), S("-1").zfill(4),
          S("ab").ljust(1), S("ab").rjust(3)):
    print(ascii(r), type(r).__name__)
