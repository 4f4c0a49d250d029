# translate and maketrans with bytes-like tables and deletions, on bytes and bytearray.
from mod_show import rep, show

rot = bytes.maketrans(b'abcdefghijklmnopqrstuvwxyz', b'nopqrstuvwxyzabcdefghijklm')
print(len(rot), rot[:10], rot[97:123])
print(bytearray.maketrans(b'ab', b'xy')[95:100], type(bytearray.maketrans(b'', b'')))
print(bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97], b'x'.maketrans(b'q', b'r')[113])
for base in (b'hello world', b'', b'aaa'):
    for s in (base, bytearray(base)):
        k = type(s).__name__
        show(f'{k}({base!r}).translate(rot)', lambda: s.translate(rot))
        show(f'{k}({base!r}).translate(None)', lambda: s.translate(None))
        show(f'{k}({base!r}).translate(None, b"lo")', lambda: s.translate(None, b'lo'))
        show(f'{k}({base!r}).translate(rot, delete=b"h")', lambda: s.translate(rot, delete=b'h'))
        show(f'{k}({base!r}).translate(bytearray(rot), memoryview(b"a"))',
             lambda: s.translate(bytearray(rot), memoryview(b'a')))
        show(f'{k}({base!r}).translate(memoryview(rot))', lambda: s.translate(memoryview(rot)))
identity = bytes(range(256))
b = b'same'
print(b.translate(None) is b, b.translate(identity) is b, b.translate(None, b'z') is b,
      b.translate(None, b's') is b)
for args, kw in [((b'short',), {}), (('x' * 256,), {}), ((None, 'a'), {}), ((), {}),
                 ((None,), {'table': None}), ((None, b'a', b'b'), {}), ((1,), {}),
                 ((memoryview(identity * 2)[::2],), {})]:
    show(f'translate{rep(args)}{kw}', lambda: b'abc'.translate(*args, **kw))
for args in [(b'a', b'bc'), ('a', b'b'), (b'a', 'b'), (b'a',), (b'a', b'b', b'c'), (1, 2)]:
    show(f'maketrans{rep(args)}', lambda: bytes.maketrans(*args))
