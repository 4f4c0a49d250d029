# int(x) for numbers and objects: floats (inf/nan), __int__, __index__, __trunc__, subclasses.
# int() of objects runs in mod_num_helpers: CPython's DeprecationWarnings are shown only for
# calls from __main__, and Krait has no warnings yet.
import mod_num_helpers
for x in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e18, 1e19, -1e19, 2.0**63, -2.0**63,
          2.0**64, 1.7976931348623157e308, 5e-324, 123456789.987654321, True, False]:
    print(repr(x), int(x))
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(repr(x), type(e).__name__, e)

class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 7
class HasBoth:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class HasTrunc:
    def __trunc__(self):
        return 99
class TruncReturnsIndex:
    def __trunc__(self):
        return HasIndex()
class TruncReturnsBad:
    def __trunc__(self):
        return 'x'
class IntReturnsFloat:
    def __int__(self):
        return 1.5
class IntReturnsBool:
    def __int__(self):
        return True
class IndexReturnsFloat:
    def __index__(self):
        return 2.5
class IntRaises:
    def __int__(self):
        raise RuntimeError('boom')
class MyInt(int):
    pass
class MyIntWithInt(int):
    def __int__(self):
        return 5
class MyFloat(float):
    pass
class MyStr(str):
    pass

for obj in [HasInt(), HasIndex(), HasBoth(), HasTrunc(), TruncReturnsIndex(), MyInt(11),
            MyIntWithInt(3), MyFloat(2.75), MyStr('  12 '), IntReturnsBool(),
            TruncReturnsBad(), IntReturnsFloat(), IndexReturnsFloat(), IntRaises(),
            object(), [1], '12', b'13']:
    try:
        r = mod_num_helpers.to_int(obj)
        print(type(obj).__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)

print(int(MyInt(5)) is not None, type(int(MyInt(5))).__name__)
print(MyInt('12'), MyInt('ff', 16), MyInt(3.9), type(MyInt(3.9)).__name__)
print(MyInt(), type(MyInt()).__name__, MyInt(2**80) + 1)
print(bool(MyInt(0)), MyInt(-7) // 2, repr(MyInt(-7)))
class Rep(int):
    def __repr__(self):
        return 'Rep!'
print(Rep(3), str(Rep(3)), repr(Rep(3)), f'{Rep(3)}')
