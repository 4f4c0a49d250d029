# title(), capitalize() and swapcase(): title-case digraphs, special casing, words split by
# any uncased character, and astral letters.
samples = [
    "", "hello world", "HELLO WORLD", "hello wORLD 3rd 4TH x1y", "they're bill's friends",
    "o'neil mc-donald", "ǆemal ǅemal Ǆemal", "ǳ ǲ Ǳ", "ß straße", "ﬁsh ﬂy", "ŉ",
    "ǰ", "ΐ", "ᾀ ᾳ ῳ", "և", "ﬓ", "αβγ ΑΒΓ", "σς ΣΣ", "ΣΑΣ ΣΑΣ", "İstanbul", "ıi",
    "𐐨𐐩 𐐀𐐁", "😀abc 😀DEF", "中文abc", "a1b2 c3d4", "_under_score", "ǅ", "ǅx", "xǅ",
    "\u0345", "a\u0345", "ⓐⓑ ⒶⒷ", "ⅰⅱ Ⅰ", "ŉabc", "µs", "ÿ", "ÿÿ",
]
for s in samples:
    t, c, w = s.title(), s.capitalize(), s.swapcase()
    print(ascii(s), ascii(t), ascii(c), ascii(w))
    print("   ", s.istitle(), t.istitle(), c.istitle(), len(t), len(c), len(w))

# swapcase twice is not always the identity
for s in ["ß", "ﬁ", "İ", "ς", "Σ", "µ", "ǅ", "ſ", "ΐ"]:
    print(ascii(s), ascii(s.swapcase()), ascii(s.swapcase().swapcase()))

# argument errors
for f in (lambda: "a".title(1), lambda: "a".capitalize(1), lambda: "a".swapcase(1),
          lambda: str.title(5)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

class S(str):
    pass
print(type(S("ab").title()).__name__, type(S("ab").capitalize()).__name__,
      type(S("ab").swapcase()).__name__)
