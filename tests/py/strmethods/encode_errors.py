# str.encode error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
# surrogateescape, surrogatepass, unknown) and CPython's UnicodeEncodeError details.
samples = ["é", "aéb", "éè", "a€b", "😀", "a\ud800b", "\udc80\udc81", "a\ud800\udc00",
           "x\udcff", "é\udc80", "\udc80é", "ab\udcfe€"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "surrogateescape", "surrogatepass", "bogus"]
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
    for h in handlers:
        out = []
        for s in samples:
            try:
                out.append(s.encode(enc, h))
            except UnicodeEncodeError as e:
                out.append(("UEE", e.start, e.end))
            except LookupError as e:
                out.append("LookupError")
        print(enc, h, out)

def explain(s, enc, h="strict"):
    try:
        s.encode(enc, h)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print("   ", e.encoding, ascii(e.object), e.start, e.end, e.reason, e.args[0])
    except LookupError as e:
        print(type(e).__name__, e)

explain("é", "ascii")
explain("abc\xe9\xe8def", "ascii")
explain("x😀", "ascii")
explain("x\u20ac", "latin-1")
explain("\u20ac\u20ac", "latin1")
explain("a\ud800", "utf-8")
explain("\ud800\udc00", "utf8")
explain("ab\udc80\ud800", "utf-8", "surrogateescape")
explain("é\udc80", "ascii", "surrogateescape")
explain("\udc80é", "ascii", "surrogateescape")
explain("\udc80", "utf-16", "surrogateescape")
explain("a\udc80\udc81", "utf-32", "surrogateescape")
explain("é", "ascii", "surrogatepass")
explain("é", "ascii", "nope")
explain("é", "ascii", "")
explain("abc", "ascii", "nope")
explain("a\ud800", "utf-16")
explain("a\ud800", "UTF-32-LE")
explain("€", "iso-8859-1")
explain("\x80\x81\x82", "us-ascii")
