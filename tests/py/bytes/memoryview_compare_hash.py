# memoryview == and != (against views and any buffer, element-wise by value, by shape)
# and hash() of read-only byte views; ordering is not supported.
from mod_show import rep, show

nan_bytes = memoryview(bytearray(8)).cast('d')
nan_bytes[0] = float('nan')
nan_raw = nan_bytes.tobytes()
one_d = memoryview(bytearray(8)).cast('d')
one_d[0] = 1.0
one_f = memoryview(bytearray(4)).cast('f')
one_f[0] = 1.0
pairs = [
    (memoryview(b'abc'), b'abc'), (memoryview(b'abc'), bytearray(b'abc')), (memoryview(b'abc'), b'abd'),
    (memoryview(b'abc'), b'ab'), (memoryview(b'abc'), memoryview(b'xabc')[1:]),
    (memoryview(b'aXbXc')[::2], b'abc'), (memoryview(b'abc')[::-1], b'cba'),
    (memoryview(b'abc'), 'abc'), (memoryview(b'abc'), 97), (memoryview(b'abc'), [97, 98, 99]),
    (memoryview(b'a').cast('c'), b'a'), (memoryview(b'a').cast('b'), b'a'),
    (memoryview(b'\xff').cast('b'), b'\xff'), (memoryview(b'ab').cast('B', (1, 2)), b'ab'),
    (memoryview(b'abcd').cast('B', (2, 2)), memoryview(b'abcd').cast('B', (2, 2))),
    (memoryview(b'abcd').cast('B', (2, 2)), memoryview(b'abce').cast('B', (2, 2))),
    (memoryview(b'abcd').cast('B', (2, 2)), memoryview(b'abcd').cast('B', (4, 1))),
    (memoryview(nan_raw).cast('d'), memoryview(nan_raw).cast('d')),
    (one_f, one_d), (memoryview(b'ab'), memoryview(b'ab').toreadonly()),
    (memoryview(b'ab').cast('@B'), b'ab'), (memoryview(b'a'), memoryview(b'a').cast('c')),
    (memoryview(b''), memoryview(b'').cast('c')), (memoryview(b'').cast('d'), memoryview(b'')),
    (memoryview(b'\x01\x00').cast('H'), memoryview(b'\x01\x00\x00\x00').cast('I')),
    (memoryview(b'\x01\x00\x02\x00').cast('H'), memoryview(b'\x01\x02')),
    (memoryview(b'\x01').cast('?'), memoryview(b'\x02').cast('?')),
    (memoryview(b'\x01').cast('?'), memoryview(b'\x01')),
]
for a, b in pairs:
    print(rep(a), rep(b), a == b, a != b, b == a, b != a)
n = memoryview(nan_raw).cast('d')
print(n == n, n != n, [n] == [n])
for op in ('<', '<=', '>', '>='):
    show(f'memoryview {op} memoryview', lambda: eval(f'memoryview(b"a") {op} memoryview(b"b")'))
    show(f'memoryview {op} bytes', lambda: eval(f'memoryview(b"a") {op} b"b"'))
print(memoryview(b'abc').__eq__('x'), memoryview(b'abc').__lt__(b'x'))

for m in (memoryview(b'abc'), memoryview(b'abc')[::2], memoryview(b'abc').cast('c'),
          memoryview(b'abc').cast('b'), memoryview(b'').cast('B'), memoryview(b'abcd').cast('B', (2, 2))):
    show(f'hash({rep(m)}) == hash(tobytes)', lambda: hash(m) == hash(m.tobytes()))
for m in (memoryview(bytearray(b'abc')), memoryview(b'abcd').cast('H'), memoryview(b'ab').cast('?'),
          memoryview(bytearray(b'abc')).toreadonly()):
    show(f'hash({rep(m)})', lambda: hash(m))
d = {memoryview(b'key'): 1}
print(d[b'key'], b'key' in d, memoryview(b'key') in d, {memoryview(b'a'), b'a'} == {b'a'})
