# divmod, // and % for ints, floats and mixed operands: signs, zero, infinities, NaN, big ints.
ints = [7, -7, 0, 1, -1, 13, -13, 2 ** 64 + 3, -(2 ** 64) - 3, 10 ** 30, -(10 ** 30)]
divs = [3, -3, 1, -1, 7, -7, 2 ** 64, -(2 ** 64), 10 ** 15]
for a in ints:
    for b in divs:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a
        print(a, b, q, r)
print(divmod(-2 ** 63, -1), (-2 ** 63) // -1, (-2 ** 63) % -1)
floats = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 3.0, -3.0, 0.1]
fdivs = [2.0, -2.0, 0.1, -0.1, 3, -3, 1e-300, float('inf'), float('-inf')]
for a in floats:
    for b in fdivs:
        print(repr(a), repr(b), divmod(a, b), repr(a // b), repr(a % b))
for a, b in [(7, 2.0), (-7, 2.0), (7.0, -2), (2 ** 60, 0.5), (1, 0.3), (-1, 0.3), (5, 1e-320),
             (float('inf'), 2.0), (float('nan'), 2.0), (2.0, float('nan')), (-1e-320, 1e308),
             (1e308, 1e-308), (True, 2.0), (3.0, True)]:
    try:
        print(repr(a), repr(b), divmod(a, b), repr(a // b), repr(a % b))
    except Exception as e:
        print(repr(a), repr(b), type(e).__name__, e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (1.0, -0.0), (0, 0), (2 ** 70, 0), (True, False)]:
    for name, f in [('divmod', divmod), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
                    ('/', lambda x, y: x / y)]:
        try:
            print(name, f(a, b))
        except ZeroDivisionError as e:
            print(repr(a), name, repr(b), type(e).__name__, e)
for a, b in [(1, '2'), ('1', 2), (None, 1), (1.0, []), ([], 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 ** 70 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(divmod(10 ** 400, 7)[1], (10 ** 400) // (10 ** 399), -(10 ** 400) % 7)
try:
    print((10 ** 400) // 1.5)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399), 1 / (10 ** 400), (10 ** 400 + 1) / -(10 ** 399))
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return 'D.divmod'
    def __rdivmod__(self, o):
        return 'D.rdivmod'
print(divmod(D(), 1), divmod(1, D()), divmod(1.5, D()))
