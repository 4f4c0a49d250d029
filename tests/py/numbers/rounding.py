# round(): banker's rounding, ndigits positive and negative, ints and floats, and float repr effects.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123456, -3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(7), round(7, 2), round(-7.0))
print(round(1e20), round(1.23456789e10, 2), round(0.1 + 0.2, 10))
print(round(2 ** 70 + 0.0), round(10 ** 20 + 5, -1))
for x in [0.05, 0.15, 0.25, 0.35, 0.45]:
    print(x, round(x, 1))
print(int(2.5), int(-2.5), -(-7 // 2))
