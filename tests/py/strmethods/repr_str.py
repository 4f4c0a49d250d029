# repr(), str() and ascii() of strings: quote choice, escapes of control characters,
# backslashes, non-printable characters of every width, printable non-ASCII kept.
samples = [
    "", "abc", "it's", 'say "hi"', "both ' and \"", "\\", "a\\b", "\t\n\r", "\x00\x01\x1f",
    "\x7f", "\x80\x9f", "\xa0", "\xa1\xff", "é", "\xad", "\u0300", "a\u0301", "\u0378",
    "\u200b", "\u200e\u200f", "\u2028\u2029", "\u3000", "\ud800", "\udfff", "\ue000",
    "\ufeff", "\ufffd", "\uffff", "中文", "😀", "\U0001f6dc", "\U0001fa75", "\U000e0001",
    "\U000e0100", "\U000f0000", "\U0010ffff", "\U0001d7ce", "\u0cf3", "\U00011f00",
    "\U00031350", "\x1b[0m", "'\"", "\\'", "line1\nline2", "\u061c", "\u180e", "\u2066",
]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), str(s) == s, repr(s) == s.__repr__())
print(repr("x" * 3 + "'"), repr(["é", "\x00", "😀"]), repr(("'",)), repr({"k": "\n"}))
print(str("abc"), str(""), str("é"), format("é"), f"{'é'!r} {'é'!a} {'é'!s}")

class S(str):
    pass
class R(str):
    def __repr__(self):
        return "R!"
print(repr(S("a'b")), str(S("x")), type(str(S("x"))).__name__, repr(R("z")), [R("z")])
print(str(S("q")) is not None, repr(S("")))
