# Big-integer computations: digits of pi (Machin formula), e, sqrt(2), and large Fibonacci/factorials.
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)
p = pi_digits(300)
print(p[0] + "." + p[1:101])
print(p[101:301])
def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
e = e_digits(200)
print(e[0] + "." + e[1:])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
s2 = str(isqrt(2 * 10 ** 400))
print(s2[0] + "." + s2[1:121])
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(len(str(a)), str(a)[:30], str(a)[-30:])
f = 1
for i in range(2, 501):
    f *= i
print(len(str(f)), sum([int(d) for d in str(f)]), str(f).count("0"))
print(sum([int(d) for d in str(2 ** 1000)]))
