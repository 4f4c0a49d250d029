# complex arithmetic: + - * / with ints, floats and complexes, signed zeros, division edge
# cases, unary operators, abs (and its overflow), conjugate, real/imag, bool.
vals = [1 + 2j, -3.5j, 2, -1.5, 0j, 1e300 + 1e300j, complex(-0.0, 0.0), True]
for a in vals:
    for b in vals:
        row = [repr(a + b), repr(a - b), repr(a * b)]
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append(f'{type(e).__name__}({e})')
        print(repr(a), repr(b), *row)
for c in [1 + 2j, -0j, complex(-0.0, -0.0), 3 - 4j, 1e308 + 1e308j, complex(float('inf'), 1),
          complex(float('nan'), float('inf')), complex(1, float('nan')), 5e-324j]:
    try:
        a = repr(abs(c))
    except OverflowError as e:
        a = f'{type(e).__name__}({e})'
    print(repr(c), repr(-c), repr(+c), a, repr(c.conjugate()), repr(c.real), repr(c.imag),
          bool(c))
print(repr((1 + 1e-300j) / (1e-300 + 1j)), repr((1e308 + 1e308j) / (1e308 + 1e308j)))
print(repr((1 + 2j) / float('inf')), repr(1 / (1e-320j)), repr(complex(float('nan'), 0) / 2))
print(repr(1 / complex(float('inf'), float('nan'))), repr(complex(1, 1) / complex(float('nan'), 0)))
for a, b in [(1, 0j), (1j, 0), (0j, 0j), (1j, 0.0), (1j, -0.0), (1j, False)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(repr(a), repr(b), type(e).__name__, e)
x = 1 + 1j
x += 2
x *= 1j
x -= 0.5
x /= 2
print(repr(x), repr((2 ** 100) * 1j), repr((2 ** 100) + 1j))
try:
    (2 ** 1024) + 1j
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1j * (2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
for name in ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
             '__rtruediv__', '__pow__', '__rpow__']:
    print(name, repr(getattr(2 + 3j, name)(1 - 1j)), getattr(2 + 3j, name)('x'))
print(complex.real.__get__(1 + 2j), complex.imag.__get__(1 + 2j), complex.conjugate(3j))
try:
    (1j).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1j).conjugate(1)
except TypeError as e:
    print(type(e).__name__, e)
class CS(complex):
    pass
print(type(CS(1, 2) + 1).__name__, type(-CS(1, 2)).__name__, type(+CS(1, 2)).__name__,
      type(CS(1, 2).conjugate()).__name__, type(abs(CS(3, 4))).__name__)
