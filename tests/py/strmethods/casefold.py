# casefold(): full case folding (ß -> ss, final sigma folds like sigma, Cherokee folds to
# upper case) and caseless comparison.
samples = [
    "", "abc", "ABC", "Straße", "STRASSE", "ẞ", "ﬁ", "ﬀ", "ŉ", "ǰ", "ΐ", "ΰ", "ς", "Σ", "σ",
    "ΣΑΣ", "µ", "ſ", "K", "Å", "İ", "ı", "ᾀ", "ᾈ", "ᾳ", "ᾼ", "ῼ", "ϐ ϑ ϕ ϖ ϰ ϱ ϵ",
    "Ꭰ ꭰ Ᏸ ᏸ", "ᲀ ᲁ ᲈ", "ẛ", "ẞ", "\u0345", "ǅ", "ǈ", "𐐀 𐐨", "𞤀", "😀", "中", "\ud800",
    "ÀÉÎÕÜ", "ɐ Ɐ", "ǅenan", "ﬅ ﬆ", "Ա և",
]
for s in samples:
    f = s.casefold()
    print(ascii(s), ascii(f), len(f), f == f.casefold(), ascii(s.lower()) == ascii(f))

pairs = [("Straße", "STRASSE"), ("ΣΑΣ", "σας"), ("ﬁle", "FILE"), ("Ꭰ", "ꭰ"), ("µ", "Μ"),
         ("İ", "i"), ("ǅ", "ǆ"), ("ſ", "S")]
for a, b in pairs:
    print(ascii(a), ascii(b), a.casefold() == b.casefold(), a.lower() == b.lower())

try:
    "a".casefold(1)
except TypeError as e:
    print("TypeError", e)
print(str.casefold("ẞ"), type(type("S", (str,), {})("AB").casefold()).__name__)
