# Integer/float boundaries: sys.maxsize, float precision edges and int to float conversions.
import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1)
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize + 1).__name__)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2))
print(int(float(2 ** 63)), int(1e18), int(1.5e18))
print(float(2 ** 1023), 2.0 ** 1023)
print(1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324 / 2)
print(0.1 + 0.7, 0.7 + 0.1 == 0.8, 1 / 10 == 0.1)
print(10 ** 15 + 0.1, 10 ** 16 + 0.1)
print(int(-0.9999999999), int(1e-10), int(123456789.99999))
print(2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 62 + 2 ** 62)
print(9223372036854775807 + 9223372036854775807, -9223372036854775808 * -1)
print((2 ** 63) // 2, (2 ** 63 - 1) * (2 ** 63 - 1))
