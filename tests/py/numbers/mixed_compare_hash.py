# Comparisons and hashes across int, float, bool and complex: exactness beyond 2**53, infinities
# and NaN against huge ints, hash equality of equal numbers, and containers that rely on it.
big = 2 ** 53
for a, b in [(big + 1, float(big)), (float(big), big + 1), (2 ** 63, 2.0 ** 63),
             (2 ** 63 - 1, 2.0 ** 63), (10 ** 400, float('inf')), (-10 ** 400, float('-inf')),
             (10 ** 400, float('nan')), (0, -0.0), (1, 1.0000000000000002), (-1, -0.9999999999999999),
             (2 ** 1024, 1.7976931348623157e308), (True, 1.0), (False, -0.0), (3, 3 + 0j)]:
    print(a if abs(a) < 10 ** 30 else 'big', repr(b), a == b, a != b,
          *([a < b, a <= b, a > b, a >= b] if not isinstance(b, complex) else []))
vals = [0, 1, -1, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 64, 10 ** 30, -(10 ** 30), 0.5, -0.5,
        1.5, 1e300, -1e-300, float('inf'), float('-inf'), 2.0 ** 61, 1e16, True, False,
        2 ** 61 - 2, -2, -1.0]
for v in vals:
    print(repr(v) if not isinstance(v, int) or abs(v) < 10 ** 20 else 'big', hash(v))
for n in [0, 1, 7, 2 ** 52 + 1, 2 ** 60, 2 ** 70, -(2 ** 70), 10 ** 25]:
    assert hash(n) == hash(float(n)) or float(n) != n, n
    assert hash(n) == hash(complex(n, 0)) or complex(n, 0) != n, n
d = {1: 'int', 1.0: 'float', 1 + 0j: 'complex', True: 'bool'}
print(d, len(d))
s = {0, 0.0, -0.0, 0j, False}
print(s, len(s))
print(sorted([3, 1.5, True, -2, 2 ** 70, -0.5, 2.0 ** 70 + 1]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(True, 1), max(1, True))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([2 ** 64, 1.5]), sum([], 0.0))
print(1 in [1.0], 1.0 in {1}, 2 ** 80 in {float(2 ** 80)}, 0.1 + 0.2 == 0.3)
