# int() of malformed strings: CPython's ValueError messages, underscores, truncation at 200.
cases = ['', ' ', '+', '-', '--1', '+-1', '1 2', '1.0', '1e3', 'abc', '0x', '0b2', '0o8',
         '12a', '_1', '1_', '1__2', '1_2_3', '0_7', '07', '08', '0_', '0x_', '0x__1', '1\x00',
         '٣', '١٢_٣', '1\u200b', 'inf', 'nan', '٫', 'x' * 300, '1' * 199 + 'x' * 10,
         '\u0c66\u0c67', 'Ⅻ', '²', '0b', '0o', 'ⅼ', '\N{EM SPACE}7', '7\N{NO-BREAK SPACE}',
         '+ 1', '- 1', '1+', '(1)', "'1'", '1\n2', '\x1c5\x1d', '\x85 9', '0_0_0', '00_1']
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for base, s in [(0, '010'), (0, '0_10'), (0, '00'), (0, '0b'), (0, '1_'), (0, '0x_f_'),
                (0, '0o_'), (0, '012_'), (0, ' -00 '), (16, 'g'), (2, '2'), (8, '8'),
                (36, '#'), (16, '0x-1'), (16, '-0x-1'), (10, '0x10'), (0, '0xg'),
                (0, '1_000_000'), (0, '0_0'), (0, '00_0'), (0, '0_1')]:
    try:
        print(base, repr(s), int(s, base))
    except ValueError as e:
        print(base, repr(s), type(e).__name__, e)
for b in [b'', b'x', b'1\x00', b'0x10', b'\xff', b'12 34', b'1_2', b'1__2', b'\xc2\xa01']:
    try:
        print(b, int(b))
    except ValueError as e:
        print(b, type(e).__name__, e)
try:
    int('12', 16.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(12.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('1', 10, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('1', bas=10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(x='1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(base=0) if False else 0, int('  -17  '), int('\t\n+5\r\x0b\x0c'))
