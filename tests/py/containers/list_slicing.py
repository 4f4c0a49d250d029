# List slicing: reads, slice assignment that grows or shrinks, extended slices and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
b[0:2] = []
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::2] = "ABCDE"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(e)
d = list(range(8))
del d[::3]
print(d)
del d[1:3]
print(d)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
e[-100:1] = [0]
print(e)
f = [0, 1, 2, 3]
f[3:1] = ["mid"]
print(f)
g = [1, 2, 3]
g[1:2] = g
print(g)
print(a[100:200], a[-100:2], a[5:5])
