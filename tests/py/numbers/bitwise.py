# Bitwise operators on positive, negative and big integers, shifts, and bin/hex output.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -1 >> 10, -12 << 2)
print(~0, ~-1, ~2 ** 65)
print(1 << 100, (1 << 100) >> 99, (1 << 100) - 1 & 0xFF)
print((2 ** 70 + 5) & (2 ** 70 + 3), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFFF, -(2 ** 70) | 5)
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in [0, 1, 7, 255, 2 ** 64 - 1]])
def bit_reverse_byte(n):
    r = 0
    for _ in range(8):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([bit_reverse_byte(n) for n in [1, 2, 0b10110000, 255]])
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True & 1).__name__)
print(hex(0xDEAD ^ 0xBEEF), 5 >> 100, 0 << 1000)
try:
    1 >> -1
except ValueError as e:
    print(e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
