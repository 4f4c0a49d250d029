# Comparisons between ints, floats and bools, equality-based hashing, and sorting mixed numbers.
print(1 == 1.0, True == 1, False == 0, True == 1.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 30 == 1e30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(0.1 < 1, -1 < -0.5, 3 > 2.999999, 1e308 < 10 ** 309)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, 1, 1.0, True, 2}
print(s, len(s))
print(sorted([3, 1.5, True, -2, 0.0, 2.5, False]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(5 != 5.0, 5 <= 5.0, 5 >= 5.0)
print([1, 2.0] == [1.0, 2], (1, 2) == (1.0, 2.0), {1: 2} == {1.0: 2.0})
