# memoryview basics over bytes, bytearray and other views: attributes, len, tobytes,
# tolist, indexing, iteration, repr's shape, memoryview(...) arguments.
from mod_show import rep, show

def attrs(m):
    return (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly,
            m.c_contiguous, m.f_contiguous, m.contiguous, len(m))

for src in (b'abcdef', bytearray(b'abcdef'), b'', bytearray(), memoryview(b'xyz'),
            memoryview(bytearray(b'xyz'))[1:]):
    m = memoryview(src)
    print(type(src).__name__, attrs(m), m.obj is src or m.obj is getattr(src, 'obj', None))
    print('  ', m.tobytes(), m.tolist(), list(m), bytes(m), bytearray(m), m.hex())
    r = repr(m)
    print('  ', r.startswith('<memory at 0x'), r.endswith('>'), str(m) == r)
m = memoryview(b'hello')
for key in (0, 4, -1, -5, 5, -6, True, 2**70, 'a', 1.0, None, (), (0,), (0, 0), ...):
    show(f'm[{rep(key)}]', lambda: m[key])
print(m.__getitem__(1), m.__len__(), 104 in m, b'h' in m, [x for x in m], list(reversed(m)))
print(sorted(m), sum(m), max(m), m.tolist() == list(b'hello'), type(iter(m)).__name__)
it = iter(m)
print(next(it), next(it), list(it), list(it))
for args, kw in [((), {}), ((b'x', b'y'), {}), (('str',), {}), ((1,), {}), ((None,), {}),
                 ((), {'object': b'kw'}), ((), {'obj': b'x'}), (([1, 2],), {})]:
    show(f'memoryview{rep(args)}{kw}', lambda: memoryview(*args, **kw).tobytes())
mm = memoryview(m)
print(mm is m, mm.obj is m.obj, mm == m, mm.tobytes())
print(memoryview(b'x').obj, memoryview(bytearray(b'y')).obj)
show('subclass', lambda: type('M', (memoryview,), {}))
print(bool(memoryview(b'')), bool(memoryview(b'x')))
show('memoryview + bytes', lambda: memoryview(b'a') + b'b')
show('memoryview * 2', lambda: memoryview(b'a') * 2)
show('memoryview < bytes', lambda: memoryview(b'a') < b'b')
show('del m[0]', lambda: m.__delitem__(0))
show('m[0] = 1 (readonly)', lambda: m.__setitem__(0, 1))
