# `in`, ==, !=, <, <=, >, >= between strings of different storage widths: code point order,
# prefixes, embedded NULs, and the errors for other types.
words = ["", "a", "ab", "abc", "b", "B", "é", "e", "f", "z", "\x7f", "\x80", "\xff", "Ā", "中",
         "\uffff", "😀", "\U00010000", "a\x00", "a\x00b", "é中", "é😀", "\ud800", "\U0010ffff"]
for a in words:
    row = []
    for b in words:
        row.append(("<" if a < b else ">" if a > b else "=") + ("t" if (a <= b) == (not a > b) else "f"))
    print(ascii(a), "".join(row))
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)][:5], max(words) == "\U0010ffff", min(words))

hay = "héllo 中文 😀 world\x00end"
for n in ["", "h", "é", "llo 中", "中文", "😀", "😀 w", "\x00", "\x00end", "x", "😁", "ÿ", "文字",
          "héllo 中文 😀 world\x00end", "héllo 中文 😀 world\x00end!"]:
    print(ascii(n), n in hay, n not in hay, hay.__contains__(n))
for f in (lambda: 1 in "abc", lambda: None in "abc", lambda: b"a" in "abc", lambda: ["a"] in "abc",
          lambda: "a" < 1, lambda: "a" <= None, lambda: "a" > b"a", lambda: [] >= "a"):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print("a" == 1, "a" != 1, "a" == b"a", "1" == 1, "a".__eq__(1), "a".__lt__(1))

class S(str):
    pass
print(S("a") == "a", "a" == S("a"), S("b") > "a", "é" in S("café"), S("x") in "xyz")
print(hash("é") == hash(S("é")), {"é": 1}[S("é")])
