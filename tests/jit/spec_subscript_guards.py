# List and tuple subscripts and unpacking natively behind type, bounds and length guards: an
# index out of range, a negative index, a dict or a wrong-length sequence mid-loop deoptimize
# and the interpreter gives CPython's results and errors.
# expect-stat: deopts \(operand types\) at
# expect-stat: functions compiled: [1-9]

def dot(a, b, n):
    s = 0.0
    for i in range(n):
        s += a[i] * b[i]
    return s

def scale(a, f):
    for i in range(len(a)):
        a[i] = a[i] * f
    return a

def pairs(ps):
    s = 0
    for x, y in ps:
        s += x - y
    return s

v = [1.0, 2.0, 3.0, 4.0]
for _ in range(30):
    dot(v, v, 4)
    scale([1.0, 2.0], 1.0)
    pairs([(1, 2), (3, 4)])
print(dot(v, v, 4), dot(v, (1.0, 1.0, 1.0, 1.0), 4), dot({0: 1.0, 1: 2.0}, v, 2))
try:
    print(dot(v, v, 5))
except IndexError as e:
    print(type(e).__name__, e)
print(scale([1.0, 2.5, 3], 2.0), scale([1, 2], 3))
print(pairs([(1, 2), [5, 1], (7, 0)]))
for bad in [[(1, 2, 3)], [(1,)], [1]]:
    try:
        print(pairs(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = (5, 6, 7)
print(dot(t, t, 3), pairs(zip(t, t)))
