# Bitwise operators on a small bit-set class.
class Bits:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Bits({self.n:#06b})"

    def __and__(self, o): return Bits(self.n & int(o))
    def __or__(self, o): return Bits(self.n | int(o))
    def __xor__(self, o): return Bits(self.n ^ int(o))
    def __lshift__(self, k): return Bits(self.n << k)
    def __rshift__(self, k): return Bits(self.n >> k)
    def __invert__(self): return Bits(~self.n & 0xF)
    def __int__(self): return self.n
    def __index__(self): return self.n


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 1, a >> 2, ~a)
print(a & 0b0100, bin(a), hex(b), oct(Bits(8)), int(b))
print([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12][a])
print(range(20)[b], "abcdefghijklmnop"[Bits(3)])
try:
    3 & a
except TypeError as e:
    print(e)
