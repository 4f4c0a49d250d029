# Arbitrary-precision integers: factorials, powers, big division, negative bigs and conversions.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(2 ** 200)
print(-(3 ** 100))
print(7 ** 77 % 1000003, pow(7, 77, 1000003))
a = 2 ** 150 + 12345
b = 3 ** 60 - 7
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(a // -b, a % -b)
print(a == 2 ** 150 + 12345, a > b, -a < -b)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(int("9" * 60) + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40))
print(int("1" + "0" * 50, 2), int("zz" * 10, 36))
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200])
print(fib[200] // fib[199], fib[200] % fib[199])
print(float(2 ** 100), float(-(10 ** 30)))
print((10 ** 40) / (10 ** 20), (10 ** 40 + 1) / 10 ** 39)
print(abs(-(2 ** 90)), -(2 ** 64) // 3, -(2 ** 64) % 3)
