# removeprefix / removesuffix: present, absent, empty and whole affixes of every width,
# subclasses, and the errors.
texts = ["", "prefix-body-suffix", "aaa", "é-x-é", "中文字", "😀x😀", "abc"]
affixes = ["", "prefix-", "-suffix", "a", "aa", "aaaa", "é-", "-é", "中", "字", "😀", "x😀",
           "abc", "abcd"]
for t in texts:
    print(ascii(t), [ascii(t.removeprefix(a)) for a in affixes])
    print("   ", [ascii(t.removesuffix(a)) for a in affixes])

for f in (lambda: "a".removeprefix(1), lambda: "a".removesuffix(None),
          lambda: "a".removeprefix(("a",)), lambda: "a".removeprefix(),
          lambda: "a".removesuffix("a", "b"), lambda: "a".removeprefix(prefix="a"),
          lambda: "a".removesuffix(b"a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
for r in (S("abc").removeprefix("x"), S("abc").removeprefix("a"), S("abc").removesuffix(""),
          "abc".removeprefix(S("a"))):
    print(ascii(r), type(r).__name__)
