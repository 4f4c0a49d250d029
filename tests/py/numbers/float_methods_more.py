# float methods: is_integer, as_integer_ratio, conjugate, real/imag, __getformat__,
# __getnewargs__, __trunc__/__floor__/__ceil__/__int__ and their errors.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, -2.5, 1e16, 1e300, 5e-324, 2.0 ** 63, -(2.0 ** 64),
        0.9999999999999999, 123456789.125, float('inf'), float('-inf'), float('nan')]
for v in vals:
    r = []
    for name in ['is_integer', 'conjugate', '__getnewargs__', 'as_integer_ratio', '__trunc__',
                 '__floor__', '__ceil__', '__int__']:
        try:
            r.append(repr(getattr(v, name)()))
        except (ValueError, OverflowError) as e:
            r.append(f'{type(e).__name__}({e})')
    print(repr(v), repr(v.real), repr(v.imag), *r)
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['int', 'Double', '']:
    try:
        float.__getformat__(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float.__getformat__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(float, '__setformat__'), hasattr(float, '__getformat__'))
class F(float):
    pass
f = F(2.5)
for name in ['conjugate', '__getnewargs__', '__trunc__', '__floor__', '__ceil__', '__int__',
             '__float__', '__pos__', '__neg__', '__abs__', '__round__']:
    r = getattr(f, name)()
    print(name, repr(r), type(r).__name__ if not isinstance(r, tuple) else type(r[0]).__name__)
print(type(f.real).__name__, type(f.imag).__name__, f.as_integer_ratio())
print(F(0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-1e-300).as_integer_ratio()[1] > 0)
print((1e308).as_integer_ratio()[0] % 1000, (5e-324).as_integer_ratio()[1].bit_length())
try:
    (1.0).is_integer(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.is_integer(1)
except TypeError as e:
    print(type(e).__name__, e)
print(float.conjugate(3.5), float.real.__get__(2.0), float.imag.__get__(2.0))
try:
    (1.0).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
for name in ['hex', 'fromhex', 'is_integer', 'as_integer_ratio', '__getformat__',
             '__getnewargs__', '__trunc__', '__floor__', '__ceil__', '__round__', 'conjugate']:
    print(name, name in dir(float))
