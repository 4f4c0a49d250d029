# Float arithmetic and repr: shortest round-trip repr, floor division, modulo signs, mixed int/float.
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1.1 + 2.2)
print(1 / 3, 2 / 3, 10 / 4, 1e22 / 7)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, 2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3))
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
print(3 * 1.5, 3 + 0.5, 7 - 0.25, 10 / 2)
print(type(10 / 2).__name__, type(10 // 2).__name__, type(10.0 // 2).__name__)
print(1.5e-7, 1.5e-4, 123456789.123, 0.000123)
print(1e15 + 0.3, 1e16 + 1, 2 ** 53 + 1.0)
print(-0.0 * 1, 0.0 * -1, -0.0 + 0.0)
print(3.0, 3.10, 100.0 / 3)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(float(1), float(-3), float("0.1"), float("  2.5\n"), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("1e500"))
print(4.0 == 4, 4.5 > 4, 0.1 + 0.2 == 0.3, 1e16 == 10 ** 16)
