# str.lower() and str.upper(): full case mapping (one character may become several),
# the final-sigma rule of lower(), and strings of every storage width.
samples = [
    "", "abc", "ABC", "Hello, World! 123", "MiXeD_case-42",
    "Ærø Straße ÇA", "àéîõü ÀÉÎÕÜ ÿ", "ß", "ẞ", "ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ", "ŉ", "ǰ", "ΐ ΰ",
    "İ", "ı", "i̇", "K", "Å", "µ", "ſ", "ǅ ǆ Ǆ ǈ ǉ Ǉ ǋ ǌ Ǌ ǲ ǳ Ǳ",
    "ΣΑΣ", "ΣΑΣ ΣΑΣ.", "Σ", "ΑΣ", "ΑΣ'Σ", "Α.Σ", "ΑΣ\u0301", "ΑΣ\u0301Α", "ΣΑ", " Σ ", "aΣb",
    "Ա ա և ﬓ ﬔ", "Ⴀ ⴀ Ꭰ ꭰ", "ᾀ ᾈ ᾳ ᾼ ῌ ῳ ῼ ᾲ ᾴ ᾶ ᾷ", "ǅenan", "Ⅻ ⅻ Ⓐ ⓐ",
    "𐐀𐐁𐐂 𐐨𐐩𐐪", "𝐀𝐁𝐂", "𞤀𞤢", "😀 emoji", "中文 字符", "\x00\x7f\x80\xff",
    "\ud800\udfff", "\U0010ffff",
]
for s in samples:
    lo, up = s.lower(), s.upper()
    print(ascii(s), ascii(lo), ascii(up), len(s), len(lo), len(up))
    print("   ", lo == s.lower(), up.lower() == lo, type(lo).__name__)

# method objects and argument checking
print(str.lower("ABC"), str.upper("abc"))
for f in (lambda: "a".lower(1), lambda: "a".upper(None), lambda: str.lower(1),
          lambda: str.upper(b"x"), lambda: "a".lower(x=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

# subclasses give plain str results
class S(str):
    pass
r = S("AbC").lower()
print(r, type(r).__name__, type(S("x").upper()).__name__)

# long strings take the same paths as short ones
long = "Straße ΣΑΣ " * 50
print(len(long.upper()), long.upper()[:30], long.lower()[-12:])
print(("abc" * 1000).upper() == "ABC" * 1000, ("ÀÉ" * 500).lower() == "àé" * 500)
