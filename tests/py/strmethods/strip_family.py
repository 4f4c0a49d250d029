# strip, lstrip, rstrip: Unicode whitespace by default, a set of characters of any width,
# None, and the errors.
texts = ["", "   ", "  hi  ", "\t\n hi \r\x0b\x0c", "\x1c\x1d\x1e\x1fhi\x85\xa0",
         "\u2000\u3000hi\u2028\u2029", "\u200bhi\u200b", "xxhixx", "abcba", "éhié", "中x中",
         "😀hi😀", "hi", "\ufeffhi\ufeff"]
for t in texts:
    print(ascii(t), ascii(t.strip()), ascii(t.lstrip()), ascii(t.rstrip()))
    for chars in [None, "x", "ab", "é", "中😀", "", " ", "\u200b"]:
        print("   ", ascii(chars), ascii(t.strip(chars)), ascii(t.lstrip(chars)),
              ascii(t.rstrip(chars)))

for f in (lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip(["a"]),
          lambda: "a".strip("a", "b"), lambda: "a".strip(chars="a"),
          lambda: str.strip(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
print(type(S(" a ").strip()).__name__, type(S("a").strip()).__name__,
      type(S("a").lstrip("b")).__name__)
