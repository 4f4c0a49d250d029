# chr/ord round trips and hex/oct/bin formatting, including errors for bad arguments.
for code in [0, 9, 32, 65, 127, 128, 255, 256, 0x4e2d, 0x1f600, 0x10ffff]:
    c = chr(code)
    print(code, repr(c), ord(c) == code, hex(code), oct(code), bin(code))
print(hex(-1), oct(-8), bin(-5), hex(2 ** 100))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"),
            lambda: ord(65), lambda: hex(1.0), lambda: bin("1"), lambda: oct(None)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(ord(b"A"), ord(b"\xff"))
