# pow() with two and three arguments, negative exponents, modular inverse, and divmod of mixed types.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(divmod(2 ** 70, 3 ** 20))
print(0 ** 0, 0.0 ** 0, 1 ** -5, (-1) ** -3)
print(10 ** 18, 10 ** 19, 2 ** 64 - 1)
print((-8) ** 2, -8 ** 2, 2 ** -1 ** 2)
