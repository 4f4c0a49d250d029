# isidentifier (XID_Start/XID_Continue, '_' may start) and isprintable (what repr() keeps).
idents = [
    "", "a", "_", "__init__", "a1", "1a", "a-b", "a b", "é", "café", "ñandú", "Δx", "π",
    "中文", "变量1", "ǅ", "ℕ", "℘", "℮", "ⅻ", "Ⅻ", "〇", "々", "ー", "ｱ", "ﾞ", "ｱﾞ", "ⁱ",
    "x\u0301", "\u0301x", "a·b", "·", "a\u0387", "a\u1369", "\u1369", "a\u19da", "\u2118",
    "a\u2e2f", "\u2e2f", "\u037a", "a\u037a", "\u0e33", "a\u0e33", "\ufc5e", "a\ufc5e",
    "\uff9e", "a\uff9e", "\u1885", "a\u1885", "𝐀", "𐐀", "a😀", "😀", "a\u200c", "a\u200d",
    "a\x00", "x\U000e0100", "\U000e0100", "𞤀", "a_b_c", "a$", "$", "True", "None", "class",
    "a\u00b2", "\u00b2", "a\u2070", "a\U0001d7ce", "\U0001d7ce", "_1", "\U00030000",
    "\U00031350", "a\u0ecE", "\U000323af",
]
for s in idents:
    print(ascii(s), s.isidentifier())

printables = [
    "", "abc", " ", "a b", "\t", "\n", "\x00", "\x1f", "\x7f", "\x80", "\x9f", "\xa0", "\xa1",
    "é", "\xad", "\u0378", "\u0300", "a\u0300", "\u200b", "\u200e", "\u2028", "\u2029",
    "\u3000", "\ue000", "\ufeff", "\ufffd", "\uffff", "中文", "😀", "\U0001f6dc", "\U0001fa75",
    "\U000e0001", "\U000e0100", "\U000f0000", "\U0010ffff", "\ud800", "\udfff", "\u0cf3",
    "\u1680", "\u061c", "\u00ad", "\U00011f00", "\U0001b132", "\U00031350", "\U000323af",
]
for s in printables:
    print(ascii(s), s.isprintable(), repr(s) == "'" + s + "'" or s == "")

for name in ["isidentifier", "isprintable"]:
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(str, name)(1)
    except TypeError as e:
        print("TypeError", e)
