# int(str, base) for every base 2..36 and base 0, prefixes, signs, whitespace, case.
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
for base in range(2, 37):
    text = digits[:base]
    v = int(text, base)
    print(base, v, int(text.upper(), base), int('-' + text, base), int('  +' + text + '\n', base))
    print(base, int(digits[base - 1] * 20, base) == base ** 20 - 1, int('10', base))

for s in ['0x1f', '0X1F', '0o17', '0O17', '0b101', '0B101', '0', '00', '000', '0_0', '-0',
          '+0x10', '-0b1', ' 0o7 ', '123', '1_000', '0x_1f', '0b_1_0', '0o_7']:
    print(repr(s), int(s, 0))
for base, s in [(16, '0x1f'), (16, '0X_ff'), (8, '0o17'), (2, '0b11'), (16, 'ff'), (8, '017'),
                (2, '0011'), (10, '0010'), (36, 'zz'), (36, 'ZZ'), (35, 'yy'), (16, '0x0'),
                (11, 'a'), (2, '  1  '), (16, '\t-0xFF\x0c'), (10, '\u0661\u0662'),
                (10, '\uff11\uff12'), (16, '\uff11f'), (10, '\u2003 42 \u3000'),
                (36, '0x'), (34, '0x'), (33, '0x1'), (24, '0b1'), (25, '0o7')]:
    try:
        print(base, repr(s), int(s, base))
    except ValueError as e:
        print(base, repr(s), type(e).__name__, e)
print(int(b'0x10', 16), int(b'  12 ', 10), int(b'z', 36), int(b'0b11', 0))
print(int('9' * 50), int('-' + '9' * 50), int('f' * 40, 16), int('1' * 200, 2))
print(int('7' * 100, 8) == 8 ** 100 - 1 - (8 ** 100 - 1) // 8 * 1, int('1' + '0' * 30, 36))
print(int(base=16, x='ff') if False else int('ff', base=16))
class B:
    def __index__(self):
        return 16
print(int('ff', B()), int('11', True + True))
for base in [-1, 1, 37, 100, -100, 2**70]:
    try:
        print(int('1', base))
    except (ValueError, OverflowError) as e:
        print(base, type(e).__name__, e)
for base in [1.5, '10', None]:
    try:
        print(int('1', base))
    except TypeError as e:
        print(repr(base), type(e).__name__, e)
