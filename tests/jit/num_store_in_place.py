# Floats stored into list items by compiled code: an item that only the list holds may be
# overwritten in place, one held elsewhere too (another list, a variable, the same float at
# several indexes, a value still on the stack) must not be; items read without a reference
# (borrowed) stay valid across swaps, stores into the same list and releases that run __del__.
# jit-threshold: 100
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(operand types\) at bump \(line [0-9]+\) BINARY_OP


def bump(xs, n, d):
    for _ in range(n):
        for i in range(len(xs)):
            xs[i] += d
    return xs


def swap_all(p):
    i, j = 0, len(p) - 1
    while i < j:
        p[i], p[j] = p[j], p[i]
        i += 1
        j -= 1
    return p


def rotate(xs):
    first = xs[0]
    for i in range(len(xs) - 1):
        xs[i] = xs[i + 1] * 1.0
    xs[-1] = first
    return xs


class Loud:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __del__(self):
        self.log.append(self.name)


def replace(xs, log):
    for i in range(len(xs)):
        xs[i] = xs[i] + 0.5 if type(xs[i]) is float else float(i)
    return xs


for _ in range(30):
    bump([0.0, 1.0], 3, 1.0)
    swap_all([1.0, 2.0, 3.0])
    rotate([1.0, 2.0, 3.0])
shared = 1.5 * 2
xs = [shared] * 3
print(bump(xs, 2, 0.25), shared)
a = [0.1 * 3, 0.2 * 3]
b = [a[0], a[1]]
y = a[1]
print(bump(a, 4, 1.0), b, y)
print(bump([1.0, 2, 3.5], 2, 1.0), bump([1.0, 2.0], 2, 1))
print(swap_all([1.0, 2.0, 3.0, 4.0]), swap_all([1.5 * 1.0]), swap_all(["a", 2.0, None]))
p = [1.0 * 7, 2.0 * 7]
q = p[0]
print(swap_all(p), q, p[1] is q)
print(rotate([1.0, 2.0, 3.0, 4.0]), rotate([9.5]))
log = []
items = [Loud("first", log), 1.0 * 3, Loud("third", log)]
print(replace(items, log), log)
c = [2.0 ** 0.5] * 2
d = c[0]
bump(c, 1, 1.0)
print(c, d, c[0] is c[1])
