# Unboxed division, floor division and modulo: a zero divisor deoptimizes and the interpreter
# raises ZeroDivisionError with CPython's message; floor semantics for negative operands match.
# expect-stat: deopts \(division by zero\) at
# expect-stat: failed guards \(division by zero\) at BINARY_OP: [1-9]

def ratios(xs, d):
    out = []
    for x in xs:
        y = x * 1.0
        out.append((y * 1.0) / d)
    return out

def floors(n, d):
    s = 0
    m = 0
    for i in range(-n, n):
        s += (i + 0) // (d + 0)
        m += (i + 0) % (d + 0)
    return s, m

for _ in range(30):
    ratios([1.0, 2.0], 2.0)
    floors(5, 3)
print(ratios([1.0, -3.0, 7.5], 4.0))
print(floors(10, 3), floors(10, -3), floors(7, 1), floors(7, -1))
for args in [([1.0], 0.0), ([1.0], 0), ([2.0], -0.0)]:
    try:
        print(ratios(*args))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for d in [0, 4]:
    try:
        print(floors(3, d))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(-9223372036854775807 - 1 // -1, (-9223372036854775807 - 1) // -1, 7 % -3, -7 // 2)
