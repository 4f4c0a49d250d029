# round(): ints with negative ndigits, bools, user __round__, subclasses, errors.
for n, d in [(1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (1249, -2), (15, -1), (25, -1),
             (35, -1), (-15, -1), (5, -1), (4, -1), (6, -1), (0, -5), (123456, -3),
             (123500, -3), (124500, -3), (10 ** 30 + 5 * 10 ** 9, -10), (10 ** 30 + 15 * 10 ** 9, -10),
             (-(10 ** 40) - 5, -1), (7, 0), (7, 5), (7, -100), (2 ** 70, -20), (99, -2), (50, -2),
             (150, -2), (-50, -2), (True, -1), (True, 0), (False, -1), (5, True)]:
    r = round(n, d)
    print(n, d, repr(r), type(r).__name__)
print(repr(round(True)), repr(round(False, None)), type(round(True)).__name__)
print(repr(round(10, None)), repr(round(-3)), round(2 ** 100))
try:
    round(5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, 2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)

class R:
    def __round__(self, ndigits=None):
        return ('R.__round__', ndigits)
print(round(R()), round(R(), 3), round(R(), None), round(R(), ndigits=-1))
class NoArg:
    def __round__(self):
        return 'noarg'
print(round(NoArg()))
try:
    round(NoArg(), 2)
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __round__(self, n=None):
        return 'MyInt.__round__'
print(round(MyInt(5)), round(MyInt(5), 1))
class PlainInt(int):
    pass
r = round(PlainInt(1234), -2)
print(r, type(r).__name__, type(round(PlainInt(7))).__name__)
class MyFloat(float):
    def __round__(self, n=None):
        return 'MyFloat.__round__'
print(round(MyFloat(1.5)), round(MyFloat(1.5), 2))
class PlainFloat(float):
    pass
print(round(PlainFloat(2.5)), round(PlainFloat(2.675), 2), type(round(PlainFloat(2.5), 0)).__name__)
for bad in ['1.5', [1], None, 1j, object()]:
    try:
        round(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __round__(cls, n=None):
        return 'meta'
class WithMeta(metaclass=Meta):
    pass
print(round(WithMeta))
try:
    round(WithMeta())
except TypeError as e:
    print(type(e).__name__, e)
class InstanceAttr:
    pass
ia = InstanceAttr()
ia.__round__ = lambda: 'instance'
try:
    round(ia)
except TypeError as e:
    print(type(e).__name__, e)
class RaisesInRound:
    def __round__(self, n=None):
        raise ValueError('no rounding today')
try:
    round(RaisesInRound())
except ValueError as e:
    print(type(e).__name__, e)
