# Calls of C builtins on numbers run natively behind an identity guard on the callable:
# math.sqrt, math.exp, math.sin, abs, fabs on unboxed floats and ints, then the builtin rebound
# mid-loop (a module attribute, a global, builtins.abs), arguments that are not numbers, and
# the domain and range errors, which the interpreter raises after a deopt.
# jit-threshold: 100
# expect-stat: deopts \(operand types\) at norm \(line [0-9]+\) PRECALL
# expect-stat: deopts \(operand types\) at roots \(line [0-9]+\) PRECALL
# expect-stat: deopts \(operand types\) at damped \(line [0-9]+\) PRECALL
# expect-stat: functions compiled: [1-9]
import math
from math import sqrt as root


def norm(xs):
    s = 0.0
    for x in xs:
        s += math.sqrt(x * x + 1.0) - root(x * x)
    return s


def roots(xs):
    s = 0.0
    for x in xs:
        s += math.sqrt(x)
    return s


def rebind_mid(xs):
    s = 0.0
    for i in range(len(xs)):
        if i == 2:
            math.sqrt = abs  # another C builtin: the identity guard tells them apart
        s += math.sqrt(xs[i])
    return s


def damped(n, k):
    total = 0.0
    for i in range(n):
        t = i * 0.25
        total += math.exp(-k * t) * math.sin(t) + abs(math.cos(t) - 0.5) + math.fabs(-t)
        total -= abs(i - 3)
    return total


def constants(s):
    # Arguments the translator knows: constants, a comparison's bool, a str.
    r = (abs(-3), abs(2.5), abs(1 < 2), math.sqrt(4), math.fabs(-2), math.sqrt(False))
    try:
        abs(s)
    except TypeError as e:
        r += (str(e),)
    return r


def main():
    for _ in range(150):
        norm([1.0, 2.0, 3.0])
        damped(4, 0.5)
        roots([1.0, 4.0])
        rebind_mid([1.0, 4.0])
        constants(-1.5)
    print(constants(-1.5), constants("x"))
    print(norm([1.0, 2.0, -3.0]), norm([3, 4, -5]), norm([True, 2 ** 40]))
    print(damped(8, 0.1), damped(3, -2.0))
    print(roots([0.0, -0.0, 2, float("inf"), 2.25]), roots([float("nan")]))
    for bad in ([1.0, -1.0], [-0.5], ["x"], [None], [2 ** 2000], [-(2 ** 70)]):
        try:
            print(roots(bad))
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    for k in (1000.0, -1000.0, float("nan")):
        try:
            print(damped(5, k))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    saved = math.sqrt
    print(rebind_mid([4.0, 9.0, -16.0, 25.0]))
    math.sqrt = saved
    math.sqrt = lambda v: -1.0
    print(norm([1.0, 2.0]))
    math.sqrt = saved
    global root
    root = math.cos
    print(norm([0.0, 1.0]))
    import builtins
    saved_abs = builtins.abs
    builtins.abs = lambda v: 100
    try:
        print(damped(6, 0.5))
    finally:
        builtins.abs = saved_abs
    print(damped(6, 0.5), norm([2.0]))
    try:
        math.sin(float("inf"))
    except ValueError as e:
        print(type(e).__name__, e)


main()
