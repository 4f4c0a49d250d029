# Errors raised by the math module: domain errors, range errors and bad argument types.
import math
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.acos(2),
    lambda: math.exp(1000),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.isqrt(-4),
    lambda: math.comb(3, -1),
    lambda: math.pow(0, -1),
    lambda: math.fmod(1, 0),
    lambda: math.floor("x"),
    lambda: math.sqrt("4"),
    lambda: math.gcd(1.5, 2),
    lambda: math.ldexp(1.0, 10000),
    lambda: math.pow(10.0, 400),
]
for case in cases:
    try:
        print("no error", case())
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) // (10 ** 399))
