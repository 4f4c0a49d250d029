# memoryview.cast(): every native format, shapes (1-D <-> N-D, 0-dim), item values, and the
# errors for bad formats, sizes and shapes.
from mod_show import rep, show

raw = bytes([1, 2, 3, 4, 0xff, 6, 7, 0x88, 0, 0, 0x80, 0x3f, 0, 0, 0, 0x40])
m = memoryview(raw)
for fmt in ('B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', 'P',
            '@B', '@i'):
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, c.shape, c.strides, c.tolist())
for fmt in ('e', 'x', 's', '<B', '=i', '!d', 'BB', '', '2B', 'é', 'Z', '@', '@@B'):
    show(f'cast({fmt!r})', lambda: m.cast(fmt))
show('cast(1)', lambda: m.cast(1))
show('cast()', lambda: m.cast())
show('cast(format=)', lambda: m.cast(format='H').tolist())
show('cast(B, shape=)', lambda: m.cast('B', shape=[4, 4]).tolist())
show('cast(B, x=)', lambda: m.cast('B', x=1))
i = m.cast('i')
show('i.cast(H)', lambda: i.cast('H'))
print(i.cast('B').tolist() == list(raw), i.cast('c')[:2].tolist(), i.cast('b').format)
for shape in ((16,), [2, 8], (4, 4), (2, 2, 4), (1, 16), (16, 1), (2, 2, 2, 2), [1] * 16 + [16],
              (), (0,), (3,), (17,), (-16,), ('4', 4), (4.0, 4), (2**63, 2), [1] * 65, 5, None,
              {16: 1}):
    show(f'cast(B, {rep(shape)})', lambda: (lambda c: (c.shape, c.strides, c.ndim, c.tolist() if c.ndim < 3 else c.tobytes()))(m.cast('B', shape)))
show('cast(H, (2, 4))', lambda: m.cast('H', (2, 4)).tolist())
show('cast(d, (2,))', lambda: m.cast('d', (2,)).tolist())
show('cast(i, (2, 3))', lambda: m.cast('i', (2, 3)))
two = m.cast('B', (4, 4))
show('2-D cast to H', lambda: two.cast('H').tolist())
show('2-D cast to B (2,8)', lambda: two.cast('B', (2, 8)))
show('2-D cast to B (16,)', lambda: two.cast('B', (16,)).tolist()[:4])
show('strided cast', lambda: m[::2].cast('B'))
show('odd length', lambda: m[:3].cast('H'))
z = memoryview(b'\x07').cast('B', ())
print(z.ndim, z.shape, z.strides, len(z), z.tolist(), z[()], z.tobytes(), z.nbytes, z.c_contiguous)
show('z[...] is z', lambda: z[...] is z)
show('z[0]', lambda: z[0])
show('iter(z)', lambda: iter(z))
show('z.cast(B)', lambda: z.cast('B').tolist())
show('z.cast(B, (1,))', lambda: z.cast('B', (1,)).tolist())
w = memoryview(bytearray(1)).cast('B', [])
w[()] = 9
w[...] = 10
print(w.tolist(), w.obj)
show('w[0] = 1', lambda: w.__setitem__(0, 1))
empty = memoryview(b'').cast('B', [0]) if False else memoryview(b'')
show('empty.cast(i)', lambda: empty.cast('i').tolist())
show('empty.cast(B, (0,))', lambda: empty.cast('B', (0,)))
show('empty.cast(B, ())', lambda: empty.cast('B', ()))
