# Three-argument pow for ints: signs of the modulus, negative exponents (modular inverse),
# big operands, and every error.
for b, e, m in [(3, 4, 5), (2, 100, 1000007), (-3, 3, 7), (5, 0, 1), (5, 0, -1), (0, 0, 7),
                (3, 4, -5), (-3, 3, -7), (2, 10, -1000), (7, 0, 5), (0, 5, 3), (-1, 2**100, 13),
                (2, 2**100, 10**9 + 7), (3**50, 5**40, 7**30), (-(3**50), 5**40, -(7**30)),
                (3, -1, 7), (38, -1, 97), (2, -3, 11), (-2, -3, 11), (2, -3, -11), (3, -1, 1),
                (6, -1, 1), (4, -2, 9), (10**20 + 1, -1, 10**21), (True, 5, 3), (5, True, 3),
                (5, 3, True), (7, -1, -1), (0, 0, 1), (0, 0, -1), (2**64, 2, 2**64 + 1),
                (123456789, 987654321, 2**61 - 1), (-123456789, 987654321, 2**61 - 1)]:
    print(b, e, m, pow(b, e, m))
for b, e, m in [(2, -1, 4), (0, -1, 5), (6, -2, 9), (2, 3, 0), (2, -1, 0), (2**100, -1, 2**50),
                (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3, '5'), ('2', 3, 5), (2j, 3, 5),
                (2, 3, 5j), (None, 1, 1)]:
    try:
        print(b, e, m, pow(b, e, m))
    except (ValueError, TypeError, ZeroDivisionError) as ex:
        print(b, e, m, type(ex).__name__, ex)
print(pow(3, 4, None), pow(base=2, exp=5), pow(2, exp=5, mod=3), pow(2, 5, mod=None))
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, modulo=5)
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
print(pow(M(), 2), pow(M(), 2, 3), pow(2, M()), 2 ** M())
try:
    print(pow(2, M(), 3))
except TypeError as e:
    print(type(e).__name__, e)
class I(int):
    def __pow__(self, e, m=None):
        return ('I.pow', int(self), e, m)
print(pow(I(2), 3, 5), I(2) ** 3)
print((2).__pow__(10, 1000), (2).__pow__(10), (3).__rpow__(2), (3).__rpow__(2, 5))
print((2).__pow__(3.0), (2.0).__pow__(3), (2.0).__rpow__(3))
print(int.__pow__(2, -1, 7), pow(2, -1, 7) * 2 % 7)
