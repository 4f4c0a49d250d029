# Writing through memoryviews into a bytearray: items, slices (simple and strided),
# overlapping copies, structures that differ, read-only views and the errors.
from mod_show import rep, show

def write(key, value, src=b'abcdefgh'):
    b = bytearray(src)
    m = memoryview(b)
    m[key] = value
    return b

for key, value in [(0, 65), (-1, 90), (3, 0), (7, 255), (0, 256), (0, -1), (0, b'A'), (0, 1.0),
                   (0, 'A'), (0, None), (0, True), (0, 2**70), (8, 1), (-9, 1), ('a', 1),
                   (1.5, 1), ((), 1), ((0,), 66), ((0, 1), 66), (..., 1)]:
    show(f'm[{rep(key)}] = {rep(value)}', lambda: write(key, value))
for key, value in [(slice(0, 2), b'XY'), (slice(0, 2), b'XYZ'), (slice(0, 2), b''),
                   (slice(None, None, 2), b'1234'), (slice(None, None, -2), bytearray(b'wxyz')),
                   (slice(1, 7, 3), memoryview(b'QR')), (slice(0, 4), memoryview(b'abcdefgh')[::2]),
                   (slice(0, 2), [1, 2]), (slice(0, 2), 'xy'), (slice(0, 2), None),
                   (slice(0, 1), memoryview(b'X').cast('c')), (slice(0, 2), memoryview(b'XY').cast('B', (1, 2))),
                   (slice(5, 5), b''), (slice(0, 0), b'x'), (slice(None), b'ABCDEFGH'),
                   (slice(None, None, 0), b''), ((slice(0, 1), slice(0, 1)), b'x')]:
    show(f'm[{rep(key)}] = {rep(value)}', lambda: write(key, value))
b = bytearray(b'abcdefgh')
m = memoryview(b)
m[1:5] = m[0:4]
print(b)
m[0:4] = m[1:5]
print(b)
m[::2] = m[1::2]
print(b)
m[::-1] = m[:]
print(b)
m[2:6] = b'2345'
print(b, m.tobytes())
s = m[1::2]
s[0] = 35
s[1:3] = b'!!'
print(b, s.tobytes())
ro = memoryview(b'read-only')
for action in (lambda: ro.__setitem__(0, 1), lambda: ro.__setitem__(slice(0, 1), b'x'),
               lambda: ro.__delitem__(0), lambda: memoryview(b).toreadonly().__setitem__(0, 1)):
    show('readonly', action)
show('del m[0]', lambda: m.__delitem__(0))
show('del m[0:1]', lambda: m.__delitem__(slice(0, 1)))
t = memoryview(b).toreadonly()
print(t.readonly, t.tobytes(), t.obj is b, memoryview(b).readonly)
b[0] = 64
print(t[0], t.tobytes()[:3])
c = memoryview(bytearray(b'chars')).cast('c')
c[0] = b'C'
show("c[1] = b'ab'", lambda: c.__setitem__(1, b'ab'))
show('c[1] = 104', lambda: c.__setitem__(1, 104))
print(c.tolist(), c.obj)
