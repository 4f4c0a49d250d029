# find, rfind, index, rindex and count of bytes and bytearray: int and bytes-like needles,
# bounds (negative, None, beyond the end, __index__) and CPython's errors.
from mod_show import rep, show

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'

for s in (b'abracadabra', bytearray(b'abracadabra')):
    kind = type(s).__name__
    for name in ('find', 'rfind', 'index', 'rindex', 'count'):
        m = getattr(s, name)
        for args in [(b'a',), (b'bra',), (b'',), (b'zz',), (97,), (ord('d'),), (b'a', 1),
                     (b'a', -4), (b'a', 2, 5), (b'a', None, 4), (b'a', 100), (b'', 11),
                     (b'', 12), (b'a', -100, -1), (bytearray(b'cad'),), (memoryview(b'ab'),),
                     (b'a', Idx(3)), (Idx(98),), (b'abracadabra!',)]:
            show(f'{kind}.{name}{rep(args)}', lambda: m(*args))
        for args in [('a',), (256,), (-1,), (2**70,), (b'a', 'x'), (b'a', 1.5), (), (b'a', 1, 2, 3),
                     (memoryview(b'abcd')[::2],), ([97],), (None,)]:
            show(f'{kind}.{name} bad {rep(args)}', lambda: m(*args))

print(b'aaaa'.count(b'aa'), b'aaaa'.find(b'aa', 1), b'aaaa'.rfind(b'aa'), b''.count(b''))
print(bytearray(b'xyz').rindex(b'z', -1), bytearray().find(0), b'\x00\xff'.find(255))
print(b'abc'.find(True), b'\x01'.count(True))
