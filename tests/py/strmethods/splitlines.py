# splitlines: every line boundary CPython knows (\n \r \r\n \v \f \x1c \x1d \x1e \x85
# \u2028 \u2029), keepends, and its argument handling.
texts = ["", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "a\n\rb", "a\r\r\nb",
         "a\x0bb\x0cc", "a\x1cb\x1dc\x1ed", "a\x85b", "a\u2028b\u2029c", "a\x1fb",
         "\n\n\n", "\r\n\r\n", "line1\nline2\r\nline3\rline4", "é\n中\r\n😀\u2028x",
         "no newline at end", "trailing\n\n", "\x0b\x0c", "\u0085\u2028"]
for t in texts:
    print(ascii(t), ascii(t.splitlines()), ascii(t.splitlines(True)))

print("a\nb".splitlines(keepends=True), "a\nb".splitlines(keepends=0),
      "a\nb".splitlines(2), "a\nb".splitlines(False))
for f in (lambda: "a".splitlines(1.5), lambda: "a".splitlines("x"),
          lambda: "a".splitlines(True, True), lambda: "a".splitlines(keep=True),
          lambda: "a".splitlines(None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
print([type(x).__name__ for x in S("a\nb").splitlines()], [type(x).__name__ for x in S("ab").splitlines()])
