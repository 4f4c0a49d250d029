# round(float, ndigits) correctly rounded as CPython: from the exact binary value, ties to even.
cases = [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0),
         (0.5, 0), (1.5, 0), (0.285, 2), (1.0005, 3), (123.456, -1), (123.456, -2),
         (123.456, -3), (150.0, -2), (250.0, -2), (-250.0, -2), (5e-324, 323), (5e-324, 324),
         (1e300, -300), (1.5e300, -300), (2.5e300, -300), (1.7976931348623157e308, -308),
         (1.7976931348623157e308, -307), (0.1, 20), (0.1, 17), (0.1, 16), (1e-20, 19),
         (1e-20, 20), (1e-20, 21), (123456789.123456789, 4), (-0.0, 2), (0.0, -2),
         (-0.4, 0), (-0.6, 0), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (0.45, 1),
         (1e16, -16), (5e15, -16), (1.1, 400), (1.1, -400), (-1.1, -400), (1.1, 10**100),
         (1.1, -10**100), (12.345, True), (12.345, False)]
for x, n in cases:
    try:
        r = round(x, n)
        print(repr(x), n if abs(n) < 1000 else 'huge', repr(r), type(r).__name__)
    except OverflowError as e:
        print(repr(x), n, type(e).__name__, e)
for x in [float('inf'), float('-inf'), float('nan')]:
    print(repr(round(x, 2)), repr(round(x, -2)), repr(x.__round__(0)))
    try:
        round(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.49999999999999994))
print(round(4503599627370497.0), round(1e300) == 10 ** 300, round(-7.5), round(7.5))
print(repr(round(2.5, None)), repr((2.5).__round__(None)), repr((2.5).__round__()))
for bad in [1.5, '2', [], 2j]:
    try:
        round(1.25, bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
print(round(1.25, Idx()), round(1.35, Idx()), (1.25).__round__(Idx()))
try:
    round()
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.5).__round__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(round(number=2.675, ndigits=2), round(ndigits=1, number=0.25))
import math
for i in range(1, 200):
    x = i / 8 + 0.0625
    assert round(x, 4) == x
    assert round(x, 1) == float(f'{x:.1f}'), x
print('table ok')
