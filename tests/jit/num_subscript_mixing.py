# Float and int mixing in subscripts of compiled loops: an index computed as a float (the
# interpreter raises TypeError), a bool or a big int as index, negative indexes, ints and
# floats mixed in the list, and an int list that gets a float mid-loop.
# jit-threshold: 100
# expect-stat: deopts \(operand types\) at pick \(line [0-9]+\) BINARY_SUBSCR
# expect-stat: deopts \(operand types\) at put \(line [0-9]+\) STORE_SUBSCR
# expect-stat: functions compiled: [1-9]


def pick(xs, idx):
    s = 0.0
    for k in idx:
        s = s + xs[k] * 1.0
    return s


def put(xs, idx, v):
    for k in idx:
        xs[k] = v
        v = v + 1.0
    return xs


def halves(xs):
    out = 0
    for i in range(len(xs)):
        out += xs[i // 2] + xs[i] * 2
    return out


xs = [0.5, 1.5, 2.5, 3.5]
for _ in range(30):
    pick(xs, [0, 1, 2, 3])
    put([0.0, 0.0], [0, 1], 1.0)
    halves([1, 2, 3, 4])
print(pick(xs, [3, 2, 1, 0]), pick(xs, [-1, -4]), pick(xs, [True, False]))
for bad in ([1.0], [0, 2 ** 70], [4], ["0"]):
    try:
        print(pick(xs, bad))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(put([0.0] * 4, [3, -1, True], 2.0), put([1, 2, 3], [0, 2], 7.5))
for bad in ([0.0], [9], [2 ** 64]):
    try:
        print(put([0.0, 0.0], bad, 1.0))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(halves([1, 2, 3, 4, 5]), halves([1.0, 2, 3.5, 4]), halves([2 ** 62, 2 ** 62]))
print(halves([True, 2, 3]))
