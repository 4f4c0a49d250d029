# Numbers from bytes-like objects: int() and float() of bytes, bytearray and memoryview text,
# int(x, base) (bytes and bytearray only), and int.from_bytes of every bytes-like.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
for x in [b' 12 ', bytearray(b'-7_0'), memoryview(b'0042'), memoryview(b'123')[1:],
          bytearray(b''), bytearray(b'1x'), bytearray(b'\xff'), bytearray(b'1\x002')]:
    show(int, x)
    show(float, x)
    show(int, x, 16)
    show(int, x, 0)
for x in [bytearray(b'inf'), bytearray(b' 1e3 '), memoryview(b'-0.5'), bytearray(b'1__0')]:
    show(float, x)
for x in [bytearray(b'\x01\x00'), memoryview(b'\x00\x01\x02')[1:], bytearray(), memoryview(b'')]:
    show(int.from_bytes, x)
    show(int.from_bytes, x, 'little')
    show(lambda b: int.from_bytes(b, signed=True), x)
show(complex, bytearray(b'1'))
show(complex, memoryview(b'1j'))
show(int, memoryview(b'12'), 10)
show(float, bytearray(b'x' * 300))
