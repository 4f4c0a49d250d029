# bytearray += and *= (in place: the same object) with bytes-like operands, + and *
# producing new objects, and the errors.
from mod_show import rep, show

for other in (b'cd', bytearray(b'cd'), memoryview(b'cd'), b'', memoryview(b'abcd')[::2], 'cd',
              [99], 5, None, (1,)):
    b = bytearray(b'ab')
    before = b
    try:
        b += other
    except Exception as e:
        print('+=', rep(other), '->', type(e).__name__, e, b)
    else:
        print('+=', rep(other), '->', b, b is before)
for n in (0, 1, 2, 3, -1, True, False):
    b = bytearray(b'xy')
    before = b
    b *= n
    print('*=', n, '->', b, b is before)
for bad in (2.0, 'x', None, b'a', 2**100):
    b = bytearray(b'xy')
    try:
        b *= bad
    except Exception as e:
        print('*=', rep(bad), '->', type(e).__name__, e, b)
a = bytearray(b'ab')
c = a + b'cd'
print(c, c is a, a, type(b'cd' + a).__name__, type(a + bytearray()).__name__)
d = a * 1
print(d, d is a)
b = bytearray(b'self')
b += b[:]
print(b)
show('b += b', lambda: exec('b = bytearray(b"ab"); b += b'))
show('b += memoryview(b)', lambda: exec('b = bytearray(b"ab"); b += memoryview(b)'))
b = bytearray()
for i in range(100):
    b += bytes([i % 26 + 97])
print(b[:30], len(b))
b *= 3
print(len(b), b[95:105])
print(bytearray.__iadd__(bytearray(b'x'), b'y'), bytearray.__imul__(bytearray(b'z'), 2))
class Sub(bytearray): pass
s = Sub(b'ab')
s += b'c'
print(type(s).__name__, s)
s *= 2
print(type(s).__name__, s)
print(type(s + b'!').__name__, type(s * 2).__name__)
