# float.fromhex(): every accepted form, rounding half to even, overflow, underflow, errors.
cases = ['0x1p0', '0x1.0p0', '0X1P0', '1', '1.', '.8', '0x.8', 'a', '0xa', '0xA.8p1', '-0x1p-1',
         '+0x1.8', '  0x1p3  ', '\t0x10\n', '0x1.fffffffffffffp+1023', '0x1p1024', '0x2p1023',
         '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1p-1074', '0x1p-1075',
         '0x1.0000000000001p-1075', '0x3p-1076', '0x1p-1076', '0x1p-1022', '0x0.0000000000001p-1022',
         '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.00000000000008000001p0',
         '0x1.0000000000000fp0', 'inf', '-inf', 'INF', 'infinity', '-Infinity', 'nan', '-NaN',
         '+nan', '0x0p0', '-0x0p0', '0x0p100000', '0x1p-100000', '0x1p+100000',
         '0x' + '0' * 100 + '1p0', '0x1' + '0' * 100 + 'p-400', '0x.' + '0' * 300 + '1p1200',
         '1p2', '0x1p', '0x', '', ' ', '0x1p1.5', '0x1g', '0x.p1', '.', 'p1', '0xp1', '0x1 2',
         '0x1p+', '0x1p-', '--0x1', '0x1_0', 'infinit', 'nanx', '0x1.8p1j', '0x1\x00',
         '0x1p99999999999999999999', '0x1p-99999999999999999999', '\u0661', '0x1P-0',
         '0x123456789abcdefp-40', '0xfffffffffffffffffffffp0']
for s in cases:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class F(float):
    def __repr__(self):
        return f'F({float.__repr__(self)})'
print(repr(F.fromhex('0x1.8p1')), type(F.fromhex('0x1p0')).__name__)
class G(float):
    def __new__(cls, v):
        print('G.__new__', v)
        return float.__new__(cls, v + 1)
print(repr(G.fromhex('0x1p2')))
for bad in [1.0, b'0x1p0', None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float.fromhex()
except TypeError as e:
    print(type(e).__name__, e)
print((1.0).fromhex('0x1p4'))
