# inf, -inf, nan and -0.0: arithmetic, comparisons, repr and conversions.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == -inf, math.isinf(inf), math.isnan(nan), math.isfinite(1.0))
print(math.isnan(inf - inf), math.isinf(1e308 * 10))
z = -0.0
print(z, z == 0.0, math.copysign(1.0, z), math.copysign(1.0, 0.0))
print(repr(-0.0), str(-0.0), abs(-0.0), -0.0 + 0)
print([x for x in [1.0, nan, 2.0] if x == x])
print(max(1.0, inf), min(-inf, 0))
print(sorted([3.0, -inf, inf, 0.0, -0.0]))
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    round(nan)
except ValueError as e:
    print(e)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(float("nan") in [float("nan")], nan in [nan])
