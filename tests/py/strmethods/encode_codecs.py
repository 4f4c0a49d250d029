# str.encode with the built-in codecs and their aliases: UTF-8, ASCII, Latin-1, UTF-16 and
# UTF-32 (with and without a byte order mark), over strings of every width.
samples = ["", "abc", "café", "\xff\x80", "€uro", "中文", "😀", "a\U0010ffffz", "\x00\x7f"]
encodings = ["utf-8", "utf8", "UTF-8", "U8", "utf_8", "UTF", "cp65001", " utf-8 ", "Utf--8",
             "latin-1", "latin1", "Latin_1", "iso-8859-1", "ISO8859-1", "iso8859", "L1", "cp819",
             "8859", "ascii", "ASCII", "us-ascii", "646", "us", "ansi_x3.4_1968",
             "utf-16", "utf16", "UTF-16LE", "utf-16-be", "u16", "utf_16_be", "UnicodeBigUnmarked",
             "utf-32", "u32", "utf-32-le", "UTF-32BE", "utf_32le"]
for enc in encodings:
    out = []
    for s in samples:
        try:
            out.append(s.encode(enc))
        except UnicodeEncodeError as e:
            out.append("E" + str(e.start))
    print(repr(enc), out)

for enc in ["cp1252x", "", "utf.8", "utf-8-sig-x", "latin-2x", "nope", "\xe9", "latin.1",
            "iso.8859.1", "ansi.x3_4_1968", "utf_16.le", "us.ascii"]:
    try:
        print(repr(enc), "x".encode(enc))
    except LookupError as e:
        print(repr(enc), type(e).__name__, e)

# defaults and keywords
print("é".encode(), "é".encode(encoding="latin-1"), "é".encode("ascii", errors="replace"),
      "é".encode(errors="strict"), "é".encode("utf-8", "strict"))
for f in (lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode(b"utf-8"),
          lambda: "a".encode("utf-8", "strict", 1), lambda: "a".encode(codec="x"),
          lambda: "a".encode("ascii", encoding="utf-8"), lambda: "a".encode(None),
          lambda: str.encode(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# round trips through bytes.decode for the byte codecs
for s in ["hello", "café", "中文😀"]:
    print(s.encode("utf-8").decode("utf-8") == s, s.encode("utf-8", "surrogatepass").decode())
print(len("😀".encode("utf-16")), len("😀".encode("utf-16-le")), len("😀".encode("utf-32")))
print("a\ud83d\ude00b".encode("utf-16-le", "surrogatepass"))
print("a\ud83d\ude00b".encode("utf-8", "surrogatepass"))
print(type("a".encode()).__name__, type("é".encode("latin-1")).__name__)

# the names are C strings: an embedded NUL is refused, a lone surrogate cannot be encoded
for args in [("utf-8\x00x",), ("utf-8", "strict\x00"), ("\udc80",), ("utf-8", "\udc80")]:
    for f in (lambda: "a\xe9".encode(*args), lambda: str(b"a", *args)):
        try:
            print(ascii(f()))
        except Exception as e:
            print(type(e).__name__, e)
print(ascii(str(b"\xff\xfeh\x00\xe9\x00", "utf-16")), ascii(str(b"\x00\x00\x00a", "utf-32-be")))
