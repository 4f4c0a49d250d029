# Multi-dimensional memoryviews (made by cast): indexing with tuples, tolist nesting,
# tobytes in C/F/A order, slicing the first dimension, and what is not implemented.
from mod_show import rep, show

b = bytearray(range(24))
m = memoryview(b).cast('B', (2, 3, 4))
print(m.ndim, m.shape, m.strides, m.nbytes, len(m), m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tolist())
print(m.tobytes() == bytes(b), m.tobytes('C')[:6], m.tobytes('F')[:8], m.tobytes('A')[:4])
for key in ((0, 0, 0), (1, 2, 3), (-1, -1, -1), (1, 0, -4), (0, 3, 0), (2, 0, 0), (0, 0, 4),
            (0, 0), (0,), 0, (0, 0, 0, 0), (0, 'a', 0), (slice(None), 0, 0), (slice(None),) * 3, ...):
    show(f'm[{rep(key)}]', lambda: m[key])
s = m[1:]
print(s.shape, s.strides, s.tolist(), s.c_contiguous)
r = m[::-1]
print(r.shape, r.strides, r.tolist()[0][0], r.c_contiguous, r.contiguous, r.tobytes()[:4])
show('r.cast', lambda: r.cast('B'))
show('iter(m)', lambda: iter(m))
show('list(m)', lambda: list(m))
m[1, 2, 3] = 99
m[0, 0, 0] = 100
print(b[23], b[0])
show('m[0] = 1', lambda: m.__setitem__(0, 1))
show('m[0:1] = ...', lambda: m.__setitem__(slice(0, 1), b'x' * 12))
show('m[0, 0] = 1', lambda: m.__setitem__((0, 0), 1))
show('m[0, 0, 9] = 1', lambda: m.__setitem__((0, 0, 9), 1))
show('m[0, 0, 0] = 300', lambda: m.__setitem__((0, 0, 0), 300))
flat = m.cast('B')
print(flat.shape, flat.tolist()[:5], flat[23])
h = memoryview(bytes(range(16))).cast('H', (2, 4))
print(h.tolist(), h[1, 3], h.strides, h.tobytes('F')[:4].hex())
i2 = memoryview(bytearray(16)).cast('i', [2, 2])
i2[0, 1] = -5
i2[1, 0] = 2**31 - 1
show('i2 overflow', lambda: i2.__setitem__((1, 1), 2**31))
print(i2.tolist(), i2.obj[4:8])
col = memoryview(bytes(range(6))).cast('B', (3, 2))
print(col.tolist(), col[::2].tolist(), col[::2].shape, col[::2].strides, col[::2].tobytes())
print(col[::2].tobytes('F'), col[1:2].c_contiguous, col[::2].c_contiguous)
one = memoryview(b'xy').cast('B', (1, 2))
print(one.tolist(), one.f_contiguous, one.c_contiguous, one[0, 1], one.tobytes('F'))
