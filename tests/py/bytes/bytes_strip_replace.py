# strip, lstrip, rstrip and replace with bytes-like arguments, on bytes and bytearray.
from mod_show import rep, show

for base in (b'  \t hello \n\x0b\x0c\r ', b'xxhixx', b'', b'   ', b'\x1chi\x1c'):
    for s in (base, bytearray(base)):
        k = type(s).__name__
        show(f'{k}({rep(base)}).strip()', lambda: s.strip())
        show(f'{k}({rep(base)}).lstrip()', lambda: s.lstrip())
        show(f'{k}({rep(base)}).rstrip()', lambda: s.rstrip())
        show(f'{k}({rep(base)}).strip(None)', lambda: s.strip(None))
        show(f'{k}({rep(base)}).strip(b"x")', lambda: s.strip(b'x'))
        show(f'{k}({rep(base)}).lstrip(bytearray(b"x "))', lambda: s.lstrip(bytearray(b'x ')))
        show(f'{k}({rep(base)}).rstrip(memoryview(b"x\\r "))', lambda: s.rstrip(memoryview(b'x\r ')))
for bad in [('x',), (1,), (b'a', b'b')]:
    show(f'strip{rep(bad)}', lambda: b'abc'.strip(*bad))
    show(f'bytearray.rstrip{rep(bad)}', lambda: bytearray(b'abc').rstrip(*bad))
show('strip(chars=b"a")', lambda: b'abc'.strip(chars=b'a'))

for base in (b'aaa', b'abcabc', b'', b'hello'):
    for s in (base, bytearray(base)):
        k = type(s).__name__
        for args in [(b'a', b'X'), (b'a', b'XY', 1), (b'', b'-'), (b'', b'-', 2), (b'b', b''),
                     (b'abc', b'!'), (b'zz', b'!'), (bytearray(b'a'), memoryview(b'M')),
                     (b'a', b'X', 0), (b'a', b'X', -1), (b'', b'')]:
            show(f'{k}({rep(base)}).replace{rep(args)}', lambda: s.replace(*args))
for bad in [('a', b'b'), (b'a', 'b'), (b'a', b'b', 'x'), (b'a',), (b'a', b'b', 1, 2),
            (b'a', b'b', 2**70), (b'a', b'b', 1.0)]:
    show(f'replace{rep(bad)}', lambda: b'aaa'.replace(*bad))
show('replace(old=...)', lambda: b'aaa'.replace(old=b'a', new=b'b'))
