# isupper, islower, istitle, isspace and isascii: cased and uncased characters, title-case
# letters, Other_Lowercase/Other_Uppercase, every kind of whitespace.
samples = [
    "", "a", "A", "abc", "ABC", "Abc", "aBC", "ABC1", "abc1", "123", "!!!", "a b", "A B",
    "Hello World", "Hello world", "HeLLo", "Hello  World ", "Hello1World", "1Hello", "ǅ",
    "ǅx", "ǅX", "xǅ", "Ǆ", "ǆ", "ß", "ẞ", "ª", "º", "ʰ", "ⓐ", "Ⓐ", "Ⅻ", "ⅻ", "ǅungla",
    "Σας", "ΣΑΣ", "σας", "ΑΒΓ δ", "中文", "中A", "中a", "𐐀", "𐐨", "𐐀𐐨", "𐐀 𐐨", "😀A", "😀a",
    "A😀B", "Ab😀Cd", "\u0345", "A\u0345", "Aʰ", "ᴬ", "ᵃ", "ꟸ", "\U0001f130", "\U0001f150",
]
for s in samples:
    print(ascii(s), s.isupper(), s.islower(), s.istitle(), s.isascii())

spaces = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
          "\xa0", "\u1680", "\u2000", "\u2005", "\u200a", "\u200b", "\u2028", "\u2029",
          "\u202f", "\u205f", "\u3000", "\ufeff", "\u180e", "\x00", "a", ""]
print([s.isspace() for s in spaces])
print(" \t\n".isspace(), " a ".isspace(), "\u3000\u2028".isspace())
print(["".join(spaces[:20]).isspace(), "abc".isascii(), "\x7f".isascii(), "\x80".isascii(),
       "é".isascii(), "😀".isascii()])

for name in ["isupper", "islower", "istitle", "isspace", "isascii"]:
    try:
        getattr("a", name)(None)
    except TypeError as e:
        print("TypeError", e)
