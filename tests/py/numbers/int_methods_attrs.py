# int methods and attributes: bit_length, bit_count, as_integer_ratio, conjugate, numerator,
# denominator, real, imag, __getnewargs__, __trunc__/__floor__/__ceil__, and what int lacks.
vals = [0, 1, -1, 7, -8, 255, 256, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, -2**64, 2**100,
        -(3**70), True, False]
for v in vals:
    print(repr(v), v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(),
          v.numerator, v.denominator, v.real, v.imag, v.__getnewargs__())
for v in [True, False]:
    for name in ['conjugate', 'as_integer_ratio', '__trunc__', '__floor__', '__ceil__',
                 '__round__', '__getnewargs__', '__int__', '__index__', '__pos__', '__abs__']:
        r = getattr(v, name)()
        print(name, repr(r), type(r).__name__ if not isinstance(r, tuple)
              else [type(x).__name__ for x in r])
    print(repr(v.real), repr(v.numerator), repr(v.denominator), repr(v.imag))

class MyInt(int):
    pass
m = MyInt(42)
for name in ['conjugate', '__trunc__', '__floor__', '__ceil__', '__round__', '__int__',
             '__index__', '__pos__', '__neg__', '__abs__', '__invert__', '__float__']:
    r = getattr(m, name)()
    print(name, repr(r), type(r).__name__)
print(type(m.real).__name__, type(m.numerator).__name__, type(m.denominator).__name__,
      type(m.imag).__name__)
print(type(m.as_integer_ratio()[0]).__name__, type(m.__getnewargs__()[0]).__name__)

print(hasattr(1, 'is_integer'), hasattr(1, 'to_bytes'), hasattr(int, 'from_bytes'))
for name in ['bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', 'to_bytes',
             'from_bytes', '__getnewargs__', '__trunc__', '__round__', '__sizeof__']:
    print(name, name in dir(int), name in int.__dict__)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).bit_count(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).is_integer()
except AttributeError as e:
    print(type(e).__name__, e)
print(int.bit_length(1000), int.bit_count(-1000), int.conjugate(-3))
try:
    int.bit_length(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int.real.__get__(7), int.numerator.__get__(True))
print((-1).__round__(), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1),
      (12345).__round__(-10), (12345).__round__(3))
try:
    (12345).__round__(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__round__(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__trunc__(True), int.__floor__(-5), int.__ceil__(2**80))
print([x.__sizeof__() for x in [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, -2 ** 90, True, 2 ** 1000]])
