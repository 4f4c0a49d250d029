# NaN, infinities and negative zero through unboxed locals, borrowed list items and floats
# stored in place: signs and NaN comparisons as CPython's, division by zero and overflowing
# powers deoptimizing to the interpreter's exceptions.
# jit-threshold: 100
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(division by zero\) at ratio \(line [0-9]+\) BINARY_OP


def stats(xs):
    lo = hi = xs[0]
    neg = nan = 0
    acc = 0.0
    for i in range(len(xs)):
        x = xs[i]
        if x != x:
            nan += 1
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        if x == 0.0 and str(x)[0] == "-":
            neg += 1
        acc = acc + x * 1.0
    return lo, hi, neg, nan, acc


def negate_all(xs):
    for i in range(len(xs)):
        xs[i] = -xs[i]
    return xs


def ratio(xs, ys):
    out = []
    for i in range(len(xs)):
        out.append(xs[i] / (ys[i] * 1.0))
    return out


def powers(xs, e):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] ** e
    return s


def main():
    inf, nan = float("inf"), float("nan")
    for _ in range(120):
        stats([1.0, 2.0, 3.0])
        negate_all([1.0, 2.0])
        ratio([1.0, 2.0], [2.0, 4.0])
        powers([1.0, 2.0], 2.0)
    print(stats([0.0, -0.0, 1.5, -2.5]))
    print(stats([nan, 1.0, -inf, inf]))
    print(stats([-0.0, 0.0]), stats([inf, inf]))
    print(negate_all([0.0, -0.0, inf, -inf, 1e-320, nan]))
    z = [0.0]
    negate_all(z)
    print(z, str(z[0] * 1.0), (z[0] + 0.0), (z[0] - 0.0))
    print(ratio([1.0, -1.0, 0.0, inf], [inf, inf, -1.0, 2.0]))
    try:
        ratio([1.0, 2.0], [1.0, 0.0])
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        ratio([1.0, 2.0], [1.0, -0.0])
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    print(powers([4.0, 9.0], 0.5), powers([inf, 2.0], -1.0), powers([0.0, 1.0], 2.0))
    print(powers([-8.0], 3.0), powers([nan], 0.0), powers([1.0], nan))
    try:
        print(powers([1e200, 2.0], 2.0))
    except OverflowError as e:
        print(type(e).__name__, e)
    try:
        print(powers([-2.0], 0.5))
    except Exception as e:
        print(type(e).__name__, e)


main()
