# Slicing memoryviews: new views of the same memory with their own start, shape and
# strides; slices of slices; negative steps; empty slices; what copies see.
from mod_show import rep, show

def info(m):
    return (m.tobytes(), m.shape, m.strides, m.nbytes, m.c_contiguous, m.contiguous, len(m))

base = bytearray(b'0123456789')
m = memoryview(base)
for key in (slice(None), slice(2, 5), slice(None, None, 2), slice(1, None, 3),
            slice(None, None, -1), slice(None, None, -3), slice(8, 2, -2), slice(5, 5),
            slice(7, 3), slice(100, 200), slice(-3, None), slice(None, -7), slice(0, 1),
            slice(None, None, 10), slice(3, 4, 5), slice(4, 3, 2)):
    print(key, info(m[key]))
s = m[::2]
print(info(s), info(s[1:]), info(s[::-1]), info(s[1::2]), info(s[::-1][::2]))
print(s[0], s[-1], s[2], s.tolist(), list(s[::-1]), s.hex(':'))
base[0] = ord('A')
base[8] = ord('Z')
print(s.tobytes(), m[::4].tobytes(), m[-1:].tobytes())
t = m[2:8][1:5][::2]
print(info(t), t.obj is base)
for bad in (slice(None, None, 0), slice('a', 2), (slice(1), slice(2)), (1, slice(2))):
    show(f'm[{bad}]', lambda: m[bad])
e = m[3:3]
print(info(e), e.tolist(), bytes(e), e.hex())
show('e[0]', lambda: e[0])
r = m[::-1]
print(bytes(r), bytearray(r), r.tobytes('A'), r.tobytes('F'), list(r)[:3])
show('join with a strided view', lambda: b'x'.join([m[1:3], m[::5]]))
print(b'x'.join([m[1:3], m[5:]]), bytes(m[::3]) + b'', bytearray(b'>') + bytes(m[::-5]))
show('find strided', lambda: b'13579'.find(m[1::2]))
show('bytes(strided) + ', lambda: b'' + m[::2])
big = bytearray(range(256)) * 4
v = memoryview(big)[100:900:7][5:][::-2]
print(len(v), v[0], v[-1], v.strides, sum(v))
