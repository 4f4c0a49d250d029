# str % args with user objects: __index__, __int__, __float__, __str__, __repr__, and the
# int, float and str subclasses.
def t(fmt, args):
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)

class Index:
    def __index__(self):
        return 42
class Int:
    def __int__(self):
        return 7
class Float:
    def __float__(self):
        return 2.5
class IntFloat:
    def __int__(self):
        return 3
    def __float__(self):
        return 3.75
class BadInt:
    def __int__(self):
        return 'seven'
class BadIndex:
    def __index__(self):
        return 1.5
class RaisingIndex:
    def __index__(self):
        raise ValueError('no index for you')
class RaisingFloat:
    def __float__(self):
        raise ArithmeticError('no float')
class Trunc:
    def __trunc__(self):
        return 9
class Text:
    def __str__(self):
        return 'str-\u00e9'
    def __repr__(self):
        return 'repr-\u00e9'
class BadStr:
    def __str__(self):
        return 5
class MyInt(int):
    def __str__(self):
        return 'MyInt-str'
    def __repr__(self):
        return 'MyInt-repr'
    def __index__(self):
        return 99
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat-repr'
    def __float__(self):
        return 0.125
class MyStr(str):
    def __str__(self):
        return 'MyStr-str'
    def __repr__(self):
        return 'MyStr-repr'

objs = [('Index', Index()), ('Int', Int()), ('Float', Float()), ('IntFloat', IntFloat()),
        ('BadInt', BadInt()), ('BadIndex', BadIndex()), ('RaisingIndex', RaisingIndex()),
        ('RaisingFloat', RaisingFloat()), ('Trunc', Trunc()), ('MyInt', MyInt(5)),
        ('MyFloat', MyFloat(1.5)), ('True', True)]
for name, o in objs:
    print('--', name)
    for conv in ['d', 'i', 'u', 'x', 'X', 'o', '#x', '5d', 'f', 'e', '.1g', 'c']:
        t('%' + conv, o)
for o in [Text(), MyInt(5), MyFloat(1.5), MyStr('abc')]:
    t('%s|%r|%a', (o, o, o))
    t('%10s|%-10r|%.3a', (o, o, o))
t('%s', BadStr())
t('%c', MyInt(65))
t('%c', MyStr('q'))
t('%*d', (MyInt(4), 1))
t('%.*f', (MyInt(2), 1.0))
t('%*d', (Index(), 1))
t('%(k)d', {'k': Index()})
