# float.hex(): CPython's exact output for normal, subnormal, zero, negative and special values.
import sys
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 0.1, -0.1, 1.5, 1e-300, 1e300, 123.456,
        sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, 5e-324, -5e-324,
        2.2250738585072009e-308, 1e-310, 4.9406564584124654e-320, 1 / 3, 2.0 ** 52,
        2.0 ** 53 + 2, 2.0 ** -1074, 2.0 ** -1022, 2.0 ** 1023, 7.0, 255.0, 1024.5,
        float('inf'), float('-inf'), float('nan'), True + 0.0]
for v in vals:
    print(repr(v), v.hex())
print(float.hex(2.5), (0.1).hex.__name__)
class F(float):
    pass
print(F(3.25).hex())
try:
    float.hex(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.0).hex(1)
except TypeError as e:
    print(type(e).__name__, e)
for v in vals:
    if v == v:
        assert float.fromhex(v.hex()) == v, v
print('round trip ok')
