# startswith and endswith: bytes-like prefixes, tuples of them, bounds and errors.
from mod_show import rep, show

for s in (b'hello world', bytearray(b'hello world')):
    kind = type(s).__name__
    for name in ('startswith', 'endswith'):
        m = getattr(s, name)
        for args in [(b'hello',), (b'world',), (b'',), (bytearray(b'he'),), (memoryview(b'ld'),),
                     ((b'x', b'hel'),), ((b'x', b'rld'),), ((),), (b'world', 6), (b'lo', 0, 5),
                     (b'hello', -11), (b'd', -1), (b'', 11), (b'', 12), (b'o', None, 5),
                     ((memoryview(b'h'), bytearray(b'd')), 0, 1)]:
            show(f'{kind}.{name}{rep(args)}', lambda: m(*args))
        for args in [('h',), (104,), ([b'h'],), ((b'h', 'x'),), (('x', b'h'),), (b'h', 'a'),
                     (), (b'h', 1, 2, 3), (memoryview(b'hlo')[::2],)]:
            show(f'{kind}.{name} bad {rep(args)}', lambda: m(*args))
