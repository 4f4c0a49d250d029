# expandtabs: columns restart after \n and \r, any tab size (0, negative, 1, large),
# non-ASCII text, and the errors.
texts = ["", "\t", "a\tb", "ab\tc\td", "abcdefgh\ti", "a\tb\nc\td", "a\tb\rc\td", "\t\t",
         "é\tx", "中文\t字", "😀\t😀", "a\x0bb\tc", "a\r\n\tb", "12345678\t", "\ta\tbb\tccc\t"]
for t in texts:
    print(ascii(t), [ascii(t.expandtabs(n)) for n in (8, 4, 1, 0, -1, 3)])
print("a\tb".expandtabs(tabsize=2), "a\tb".expandtabs(True), len("\t".expandtabs(100)))
for f in (lambda: "a".expandtabs("4"), lambda: "a".expandtabs(4, 4), lambda: "a".expandtabs(1.5),
          lambda: "a".expandtabs(size=4), lambda: "\t".expandtabs(2 ** 100),
          lambda: "a".expandtabs(None)):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
print(type(S("ab").expandtabs()).__name__, type(S("a\tb").expandtabs()).__name__)
