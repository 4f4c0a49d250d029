# memoryview.release() and the context manager: every operation afterwards raises
# ValueError; views made from a view keep the memory alive; what the exporter sees.
from mod_show import rep, show

m = memoryview(b'abc')
print(m.release(), m.release())
ops = {
    'format': lambda: m.format, 'itemsize': lambda: m.itemsize, 'nbytes': lambda: m.nbytes,
    'ndim': lambda: m.ndim, 'shape': lambda: m.shape, 'strides': lambda: m.strides,
    'suboffsets': lambda: m.suboffsets, 'readonly': lambda: m.readonly, 'obj': lambda: m.obj,
    'c_contiguous': lambda: m.c_contiguous, 'f_contiguous': lambda: m.f_contiguous,
    'contiguous': lambda: m.contiguous, 'tobytes': lambda: m.tobytes(), 'tolist': lambda: m.tolist(),
    'hex': lambda: m.hex(), 'cast': lambda: m.cast('B'), 'toreadonly': lambda: m.toreadonly(),
    'len': lambda: len(m), 'item': lambda: m[0], 'slice': lambda: m[1:], 'list': lambda: list(m),
    'in': lambda: 97 in m, 'setitem': lambda: m.__setitem__(0, 1), 'bytes': lambda: bytes(m),
    'memoryview': lambda: memoryview(m), 'enter': lambda: m.__enter__(), 'hash': lambda: hash(m),
    'eq self': lambda: m == m, 'eq other': lambda: m == b'abc', 'ne': lambda: m != b'abc',
    'join': lambda: b''.join([m]), 'find': lambda: b'abc'.find(m), 'bytearray': lambda: bytearray(m),
    'exit': lambda: m.__exit__(None, None, None), 'release': lambda: m.release(),
}
for name, op in ops.items():
    show(name, op)
print(repr(m).startswith('<released memory at 0x'), str(m).startswith('<released memory'))
live = memoryview(b'xyz')
it = iter(live)
print(next(it))
live.release()
show('next after release', lambda: next(it))

h = memoryview(b'hashed')
hv = hash(h)
h.release()
print(hash(h) == hv == hash(b'hashed'))

b = bytearray(b'data')
with memoryview(b) as v:
    print(v.tobytes(), v is v.__enter__())
    show('resize inside', lambda: b.append(1))
show('v after with', lambda: v.tobytes())
b.append(33)
print(b)
try:
    with memoryview(b) as v:
        raise KeyError('boom')
except KeyError as e:
    print('raised', e, repr(v).startswith('<released'))
b.append(34)
print(b)
outer = memoryview(b)
inner = outer[1:3]
dup = memoryview(outer)
outer.release()
print(inner.tobytes(), dup.tobytes(), inner.obj is b)
show('resize with inner alive', lambda: b.append(0))
inner.release()
show('resize with dup alive', lambda: b.append(0))
dup.release()
show('resize with all released', lambda: b.append(0))
print(b)
show('memoryview(released)', lambda: memoryview(outer))
with memoryview(b'x') as a, memoryview(bytearray(b'y')) as c:
    print(a.tobytes(), c.tobytes())
print(repr(a).startswith('<released'), repr(c).startswith('<released'))
