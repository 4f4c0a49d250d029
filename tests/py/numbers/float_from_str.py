# float(str): whitespace, signs, underscores, inf/nan/infinity in any case, exponents, errors.
cases = ['1', '1.5', ' 1.5 ', '\t-2.5\n', '+3', '1e5', '1E5', '1e-5', '1.e5', '.5', '5.', '-.5e-3',
         '1_000', '1_000.000_1', '1e1_0', '0_0.0_0', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5',
         '1_e5', 'inf', '-inf', '+inf', 'INF', 'Inf', 'infinity', 'INFINITY', '-Infinity',
         'iNfInItY', 'nan', '-nan', '+NaN', 'NAN', 'infinit', 'infinityy', 'in', 'na', 'nan1',
         '', ' ', '.', 'e5', '1e', '1e+', '1.5.5', '1 5', '0x10', '1j', '--1', '+-1', '1,5',
         '١٢٣.٥', '\u2003 7.5 \u3000', '1\x00', '1e400', '-1e400', '1e-400', '4.9e-324',
         '2.4703282292062327e-324', '2.4703282292062328e-324', '0.1', '9007199254740993',
         '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
         '0' * 400 + '1', '0.' + '0' * 400 + '1', '1' + '0' * 400, 'nan(123)', 'infj', '١_٢',
         '\x1c1.0\x1f', '\x85 2.0']
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for b in [b'1.5', b' 2 ', b'inf', b'1_0', b'x', b'\xff', b'1\x00']:
    try:
        print(b, repr(float(b)))
    except ValueError as e:
        print(b, type(e).__name__, e)
class S(str):
    pass
print(float(S('  4.25 ')), float(S('nan')) != float('nan'))
for bad in [None, [1.0], {}, 1j]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float('1', '2')
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x='1')
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(True), float(-0), float(10 ** 20), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 3
class BadFloat:
    def __float__(self):
        return 1
print(float(HasFloat()), float(HasIndex()))
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class MyFloat(float):
    pass
print(repr(MyFloat('1.5')), type(MyFloat(' inf ')).__name__, MyFloat())
