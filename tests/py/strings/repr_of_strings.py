# repr() of strings: quote choice, escapes of control characters, printable and non-printable unicode.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
           "new\nline", "\r\x00\x1f", "\x7f", "café", "中文", "emoji 😀", "\u00a0nbsp",
           "\u200bzero", "", " ", "'", '"', "\\"]
for s in samples:
    print(repr(s), len(s))
print(str("it's"), repr(repr("x")))
print([["nested", "it's"], ('t',)])
print({"key": "value", "q'": 'd"'})
print(repr("café 中"))
