# Integer literals: decimal, hex, octal, binary, underscores, big values and their reprs.
print(0, 00, 0_0, 7, 1_000_000)
print(0x0, 0xff, 0XFF, 0x_dead_beef, 0xDEADbeef)
print(0o0, 0o17, 0O777, 0o_7_7)
print(0b0, 0b1011, 0B1111_0000, 0b_1)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffffffffffff)
print(0o7777777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(-0x10, -0o10, -0b10, +0x10)
print(1_2_3 + 4_5_6)
print(type(0x10).__name__, type(10**30).__name__)
big = 9_223_372_036_854_775_807
print(big, big + 1, -big - 1, -big - 2)
print(2**63, 2**64, -(2**63))
values = [0x7f, 0o177, 0b1111111, 127]
print(values, len(set(values)))
print(0xa + 0xb, 0o10 * 0o10, 0b101 | 0b010)
