# hex(), oct(), bin() of positive, negative, zero and big ints, and parsing them back with int().
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 32, -(2 ** 64) + 1]:
    print(n, hex(n), oct(n), bin(n))
for n in [0, 42, -42, 10 ** 15]:
    assert int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n
    assert int(hex(n), 0) == n
print("round trips ok")
print(hex(True), bin(False), oct(0o777))
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(f"{255:>8}|{-3:>4}|{7:.3f}|{2 ** 40:>16}")
print(str(0xff), repr(0o17), 0b11 + 0x11 + 0o11 + 11)
