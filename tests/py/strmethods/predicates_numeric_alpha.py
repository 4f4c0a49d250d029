# isalpha, isalnum, isdecimal, isdigit, isnumeric over many scripts: decimal digits of
# other scripts, superscripts, fractions, Roman numerals, CJK numerals, astral digits.
samples = [
    "", "abc", "ABC", "abc1", "123", "12.5", "-1", " 1", "1 ", "½", "¼¾", "²", "³¹", "⁰", "₀₉",
    "٠١٢", "۴", "०१२", "০", "๑๒", "፩", "፲", "Ⅻ", "ⅻ", "〇", "一二三", "四五", "万", "兆", "壱",
    "⑴", "①", "⓪", "⒈", "㉑", "𝟎𝟗", "𝟘", "🄀", "🄁", "𐄇", "𐒠", "𑁒", "𞥐", "¹²³", "٫",
    "é", "ß", "ǅ", "ª", "º", "ʰ", "ー", "々", "中文", "한글", "אבג", "عربي", "ไทย", "𐐀", "😀",
    "a😀", "\u0301", "a\u0301", "_", "A_B", "\u2160", "\u3007", "\u0f33", "\U0001d7ce",
    "\U00011066", "\U000e0001", "\U0010ffff", "\ud800", "\x00", "\t",
]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric())

# int() accepts exactly the decimal digits
for s in ["٣", "۴۲", "𝟗", "²", "½", "Ⅻ", "१०"]:
    try:
        print(ascii(s), int(s))
    except ValueError as e:
        print(ascii(s), "ValueError", e)

for name in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric"]:
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(str, name)(1)
    except TypeError as e:
        print("TypeError", e)
