# Integer arithmetic with floor division and modulo semantics for every sign combination.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, (-2) ** 3, 2 ** 0, 0 ** 0, (-1) ** 101)
print(2 ** -2, (-2) ** -1, 10 ** -3)
print(abs(-17), abs(17), abs(0), -(-5))
print(17 // 1, 17 % 1, -17 // 1)
print(100 // 7 * 7 + 100 % 7)
x = 12345
digits = []
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits)
print(7 // 2 * 2, 7 / 2 * 2, 7 % 2)
print(True + 1, False * 10, True // 1, -True)
print(int(7 / 2), int(-7 / 2), -7 // 2)
