# repr/str of many floats, to pin the shortest round-trip algorithm and exponent switching.
samples = [0.0, 1.0, -1.0, 0.1, 0.25, 1.5, 100.0, 1e15, 1e16, 1e17, 1.5e16, 123456789012345.6,
           1e-4, 1e-5, 0.00012345, 1.2345e-5, 5e-324, 2.5e-310, 1.7976931348623157e308,
           3.141592653589793, 2.718281828459045, 1 / 7, 22 / 7, 1e100, 1.23e-100,
           0.3, 2 / 3, 100 / 3, 9.999999999999999e22, 1e23, 4.35, 0.1 + 0.7]
for x in samples:
    print(repr(x), str(x), repr(-x))
print([1e16 - 1, 1e16 + 2, 2 ** 0.5, 10 ** 0.5])
