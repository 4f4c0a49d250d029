# bytes.decode with the codecs built into str: UTF-16 and UTF-32 (byte order marks, truncated
# data, lone and unpaired surrogates, code points out of range) and UTF-8/ASCII/Latin-1, under
# every error handler, with CPython's error ranges and the codec registry's rewrapped errors.
cases = [b'', b'a', b'a\x00b', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'\x00\xd8a\x00', b'\x00\xd8', b'\x00\xdca\x00',
         b'\x00\xd8\x00\xdc', b'\x00\xd8\x00\xd8\x00\xdc', b'\xff\xfe', b'a\x00\x00', b'=\xd8\x00', b'\xff', b'\xfe\xff\x00',
         b'\xff\xfe\x00\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\x00\xd8\x00\x00a\x00\x00\x00',
         b'\x00\x00\x11\x00', b'\x00\x00\x00\x01', b'a\x00\x00\x00\x00\x00', b'\x00\xd8\x00\x00\x00\xdc\x00\x00',
         b'\xff\xfe\x3d\xd8\x00\xde', b'h\x00\xe9\x00', b'\x80\x81', b'\xed\xa0\x80', b'a\xed\xa0\x80b', b'\xc3\xa9', b'\xe9']
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8', 'ascii', 'latin-1']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass', 'surrogateescape', 'xmlcharrefreplace', 'bogus']:
        out = []
        for b in cases:
            try:
                out.append(ascii(b.decode(enc, err)))
            except UnicodeDecodeError as e:
                out.append(str(e) + repr((e.start, e.end, e.encoding)))
            except Exception as e:
                out.append(type(e).__name__ + ': ' + str(e))
        print(enc, err)
        for o in out:
            print('   ', o)

# names that CPython reaches through its codec registry rewrap handler errors
for enc in ["u8", "U8", "utf-16-le", "L1", "latin1", "cp65001", "utf_32", "UTF-32BE"]:
    for f in (lambda: "a\ud800\udfff\xe9\u20ac".encode(enc, "bogus"),
              lambda: b"\xff\xfe\xff\xdc".decode(enc, "bogus"),
              lambda: b"\xff\xfe\xff\xdc".decode(enc, "xmlcharrefreplace")):
        try:
            print(enc, ascii(f()))
        except Exception as e:
            print(enc, type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
print(ascii("h\xe9llo \U0001f600".encode("utf-16").decode("utf-16")),
      ascii("h\xe9llo \U0001f600".encode("utf-32-be").decode("utf-32-be")),
      ascii(str(b"\xff\xfeh\x00i\x00", "utf-16")), ascii(str(b"h\x00", encoding="utf_16_le")))
