# sum() with start values and floats; abs(), divmod(), pow() and round() on ints and floats.
print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum(range(101)), sum([1, 2], 10))
print(sum([0.1] * 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum([1, 2.5, 3]), sum([-1, -2], -3))
print(abs(-5), abs(5), abs(-5.5), abs(0.0), abs(-0.0), abs(True), abs(-(2 ** 80)))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4), divmod(True, 2))
print(pow(2, 8), pow(2, 0.5), pow(2, -2), pow(7, 2, 5), pow(0, 0))
print(round(2.567, 2), round(-2.5), round(3.5), round(17, -1), round(0.1234, 3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([[1]], 5)
except TypeError as e:
    print(e)
try:
    abs(None)
except TypeError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    round("1.5")
except TypeError as e:
    print(e)
