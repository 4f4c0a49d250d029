# split, rsplit and splitlines of bytes and bytearray: whitespace and explicit separators,
# maxsplit (keyword too), bytes-like separators, keepends, and the errors.
from mod_show import rep, show

samples = [b'', b'  ', b'a b  c', b'  a\tb\nc\x0bd\x0ce\rf  ', b'a,b,,c,', b',a,b', b'abc',
           b'a\x1cb\x85c\xa0d']
for base in samples:
    for s in (base, bytearray(base)):
        kind = type(s).__name__
        show(f'{kind}({rep(base)}).split()', lambda: s.split())
        show(f'{kind}({rep(base)}).rsplit()', lambda: s.rsplit())
        show(f'{kind}({rep(base)}).split(maxsplit=1)', lambda: s.split(maxsplit=1))
        show(f'{kind}({rep(base)}).rsplit(None, 1)', lambda: s.rsplit(None, 1))
        show(f'{kind}({rep(base)}).split(b",")', lambda: s.split(b','))
        show(f'{kind}({rep(base)}).rsplit(b",", 2)', lambda: s.rsplit(b',', 2))
        show(f'{kind}({rep(base)}).split(sep=b",", maxsplit=0)', lambda: s.split(sep=b',', maxsplit=0))
        show(f'{kind}({rep(base)}).split(bytearray(b" "))', lambda: s.split(bytearray(b' ')))
        show(f'{kind}({rep(base)}).split(memoryview(b"b"))', lambda: s.split(memoryview(b'b')))

for s in (b'abcbd', bytearray(b'abcbd')):
    for args, kw in [(('',), {}), ((b'',), {}), ((1,), {}), ((b'b', 'x'), {}), ((), {'x': 1}),
                     ((b'b', 1, 2), {}), ((b'b',), {'sep': b'b'}), ((b'b', 2**70), {}),
                     ((memoryview(b'bcb')[::2],), {})]:
        show(f'{type(s).__name__}.split{rep(args)}{rep(kw)}', lambda: s.split(*args, **kw))
        show(f'{type(s).__name__}.rsplit{rep(args)}{rep(kw)}', lambda: s.rsplit(*args, **kw))

lines = [b'', b'a', b'a\n', b'a\nb', b'a\r\nb\rc\n\nd', b'\r\r\n\n', b'x\x0by\x0cz\x1c\x1d\x1e\x85']
for base in lines:
    for s in (base, bytearray(base)):
        show(f'{type(s).__name__}({rep(base)}).splitlines()', lambda: s.splitlines())
        show(f'{type(s).__name__}({rep(base)}).splitlines(True)', lambda: s.splitlines(True))
        show(f'{type(s).__name__}({rep(base)}).splitlines(keepends=1)',
             lambda: s.splitlines(keepends=1))
for bad in [('x',), (1.5,), (None,), (1, 2)]:
    show(f'splitlines{rep(bad)}', lambda: b'a\nb'.splitlines(*bad))
show('splitlines(x=1)', lambda: b'a'.splitlines(x=1))
