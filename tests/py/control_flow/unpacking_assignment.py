# Assignment targets: tuple/list unpacking, nesting, starred targets, chained and swap assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = [1, 2], 3
print(e, f, g)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
x = y = z = [0]
x.append(1)
print(y, z is x)
p, (q, *r), s = 1, (2, 3, 4), 5
print(p, q, r, s)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
try:
    m, n = 1, 2, 3
except ValueError as err:
    print(err)
try:
    m, n, o = [1, 2]
except ValueError as err:
    print(err)
try:
    m, *n, o = [1]
except ValueError as err:
    print(err)
try:
    m, n = 5
except TypeError as err:
    print(err)
items = [0, 0, 0]
i = 0
i, items[i] = 1, 9
print(i, items)
d = {}
d['a'], d['b'] = 1, 2
print(d)
