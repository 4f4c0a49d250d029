# Every operator and delimiter token, augmented assignments, walrus, annotations and arrows.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 3; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
if (y := a * 2) > 30:
    print("walrus", y)
def f(p: int, q: str = "q") -> str:
    return q * p
print(f(3), f.__annotations__)
v: int = 7
print(v)
print(a if a > b else b, not a, a and b, 0 or b)
print(a is b, a is not b, 3 in [1, 2, 3], 4 not in [1, 2, 3])
print([1, 2, 3][1:], [1, 2, 3][::-1], {1: 2}[1], (1,)[0])
print(-a, +a, - - a, ~~a, not not a)
print(2 ** -1, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
try:
    print(a @ b)
except TypeError as e:
    print(e)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2)
