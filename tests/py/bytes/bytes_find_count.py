# find, rfind, index, rindex and count of bytes and bytearray: int and bytes-like needles,
# bounds (negative, None, beyond the end, __index__) and CPython's errors.
def rep(x):
    if isinstance(x, memoryview):
        return f'memoryview({x.tobytes()!r})'
    if isinstance(x, tuple):
        return '(' + ', '.join(rep(i) for i in x) + (',)' if len(x) == 1 else ')')
    if isinstance(x, list):
        return '[' + ', '.join(rep(i) for i in x) + ']'
    if type(x).__repr__ is object.__repr__ or type(x).__name__.endswith('iterator'):
        return f'<{type(x).__name__}>'
    if type(x).__name__ == 'generator':
        return '<generator>'
    return repr(x)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

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
