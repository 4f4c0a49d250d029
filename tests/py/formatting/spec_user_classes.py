# format() and f-strings with user classes: __format__ overrides, inheritance from int,
# float, str and complex, object.__format__'s errors, and what __format__ may return.
class Plain:
    def __str__(self):
        return 'Plain!'

class Custom:
    def __format__(self, spec):
        return '<' + spec + '>'

class Returns5:
    def __format__(self, spec):
        return 5

class ReturnsStrSub:
    class S(str):
        pass
    def __format__(self, spec):
        return self.S('sub:' + spec)

class Raises:
    def __format__(self, spec):
        raise RuntimeError('bad spec ' + repr(spec))

class MyInt(int):
    pass

class MyFloat(float):
    pass

class MyStr(str):
    pass

class MyComplex(complex):
    pass

class IntFormat(int):
    def __format__(self, spec):
        return 'IntFormat(' + super().__format__(spec) + ')'

class StrOverride(int):
    def __str__(self):
        return 'overridden'

def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

show("format(Plain())", lambda: format(Plain()))
show("format(Plain(), '')", lambda: format(Plain(), ''))
show("format(Plain(), 's')", lambda: format(Plain(), 's'))
show("format(Plain(), '10')", lambda: format(Plain(), '10'))
show("f'{Plain()}'", lambda: f'{Plain()}')
show("f'{Plain():>8}'", lambda: f'{Plain():>8}')
show("f'{Plain()!s:>8}'", lambda: f'{Plain()!s:>8}')
show("'{:x}'.format(Plain())", lambda: '{:x}'.format(Plain()))
show("object.__format__(Plain(), '')", lambda: object.__format__(Plain(), ''))
show("object.__format__(Plain(), 'd')", lambda: object.__format__(Plain(), 'd'))
show("object().__format__(5)", lambda: object().__format__(5))
show("format(Custom(), 'abc')", lambda: format(Custom(), 'abc'))
show("f'{Custom():{3}{4}}'", lambda: f'{Custom():{3}{4}}')
show("f'{Custom()!r}'", lambda: f'{Custom()!r}'[:8])
show("format(Returns5())", lambda: format(Returns5()))
show("f'{Returns5()}'", lambda: f'{Returns5()}')
show("'{}'.format(Returns5())", lambda: '{}'.format(Returns5()))
show("format(ReturnsStrSub(), 'q')", lambda: format(ReturnsStrSub(), 'q'))
show("f'{ReturnsStrSub():q}'", lambda: f'{ReturnsStrSub():q}')
show("format(Raises(), 'x')", lambda: format(Raises(), 'x'))
show("f'{Raises():x}'", lambda: f'{Raises():x}')
for v in [MyInt(42), MyFloat(2.5), MyStr('abc'), MyComplex(1, 2), IntFormat(7), StrOverride(3),
          True, False]:
    for spec in ['', '5', 'x', '.2f', 's', '^9', '+']:
        show('format(%s, %r)' % (type(v).__name__, spec), lambda: format(v, spec))
show("f'{IntFormat(255):#x}'", lambda: f'{IntFormat(255):#x}')
show("f'{StrOverride(3)}'", lambda: f'{StrOverride(3)}')
show("f'{StrOverride(3)!s}'", lambda: f'{StrOverride(3)!s}')
show("f'{StrOverride(3):d}'", lambda: f'{StrOverride(3):d}')
show("format(5, 3)", lambda: format(5, 3))
show("format(5, None)", lambda: format(5, None))
show("format()", lambda: format())
show("format(1, 2, 3)", lambda: format(1, 2, 3))
show("(5).__format__(3)", lambda: (5).__format__(3))
show("(5.0).__format__(3)", lambda: (5.0).__format__(3))
show("'x'.__format__(3)", lambda: 'x'.__format__(3))
show("(1j).__format__(3)", lambda: (1j).__format__(3))
show("format(None)", lambda: format(None))
show("format(None, '')", lambda: format(None, ''))
show("format(None, '5')", lambda: format(None, '5'))
show("format([1, 2], '')", lambda: format([1, 2], ''))
show("format([1, 2], '10')", lambda: format([1, 2], '10'))
show("format(type, 's')", lambda: format(type, 's'))
show("format(b'x', '5')", lambda: format(b'x', '5'))
show("format(range(3), 'x')", lambda: format(range(3), 'x'))
show("format(Plain, '')", lambda: format(Plain, ''))
show("f'{Plain.__name__:*^12}'", lambda: f'{Plain.__name__:*^12}')
