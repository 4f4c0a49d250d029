# Float lists read and written by compiled loops that change under them: an element that stops
# being a float mid-loop (the unbox guard on the borrowed item deoptimizes), a list that
# shrinks or grows mid-loop (the bounds guard, the native list iterator), a list replaced by a
# tuple or a dict, and the loop variable iterating a list that another name appends to.
# jit-threshold: 100
# expect-stat: deopts \(operand types\) at total \(line [0-9]+\) BINARY_OP
# expect-stat: deopts \(operand types\) at total \(line [0-9]+\) BINARY_SUBSCR
# expect-stat: deopts \(operand types\) at scaled \(line [0-9]+\) BINARY_OP
# expect-stat: deopts \(operand types\) at walk \(line [0-9]+\) FOR_ITER
# expect-stat: functions compiled: [1-9]


def total(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[i] * 0.5
        if i == 3 and len(xs) > 6:
            xs[5] = "five" if xs[6] == -1.0 else 5
    return s


def scaled(xs, f):
    i = 0
    while i < len(xs):
        xs[i] = xs[i] * f
        if xs[i] > 100.0:
            del xs[-1]      # the list shrinks: later indexes must be checked again
        i += 1
    return xs


def walk(xs):
    out = 0.0
    for x in xs:
        out = out * 0.5 + x
        if x == 2.0 and type(xs) is list and len(xs) < 8:
            xs.append(0.25)  # the iterator sees the new item
    return out


floats = [float(i) for i in range(10)]
for _ in range(40):
    total(floats, 10)
    scaled([1.0, 2.0, 3.0], 1.0)
    walk([1.0, 3.0])
print(total(list(floats), 10))
print(total([1.0] * 5 + [7.0, 8.0, 9.0], 8))
try:
    print(total([1.0] * 6 + [-1.0, 9.0], 8))
except TypeError as e:
    print(type(e).__name__, e)
print(total((1.0, 2.0, 3.0), 3), total({0: 1.5, 1: 2.5}, 2))
print(total([1.0, 2, True, 2 ** 80, -0.0], 5))
print(scaled([1.0, 20.0, 30.0, 4.0, 5.0], 4.0))
print(scaled([1.0, 2.0], 2), scaled([1, 2, 3], 3), scaled((), 1.0))
try:
    scaled((1.0, 2.0), 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(walk([1.0, 2.0, 3.0]), walk([2.0]), walk((1.0, 2.0)), walk([]))
print(walk({1.0: "a", 2.0: "b"}), walk(x / 2 for x in range(5)))
try:
    walk([1.0, "x"])
except TypeError as e:
    print(type(e).__name__, e)
