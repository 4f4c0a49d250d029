# str % args through the operator: str subclasses, __mod__/__rmod__ overrides, their order,
# and the slot wrappers str.__mod__ and str.__rmod__.
class S(str):
    pass

class Rmod:
    def __repr__(self):
        return 'Rmod()'
    def __rmod__(self, other):
        return 'Rmod.__rmod__(%r)' % (other,)

class StrRmod(str):
    def __rmod__(self, other):
        return 'StrRmod.__rmod__(%r)' % (other,)

class StrMod(str):
    def __mod__(self, other):
        return 'StrMod.__mod__(%r)' % (other,)

class StrBoth(str):
    def __mod__(self, other):
        return 'StrBoth.__mod__'
    def __rmod__(self, other):
        return 'StrBoth.__rmod__'

class NotImpl(str):
    def __rmod__(self, other):
        return NotImplemented

def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t("S('%s!') % 1", lambda: S('%s!') % 1)
t("'%s' % S('x')", lambda: '%s' % S('x'))
t("'%s' % Rmod()", lambda: '%s' % Rmod())
t("'abc' % Rmod()", lambda: 'abc' % Rmod())
t("'%s' % StrRmod('v')", lambda: '%s' % StrRmod('v'))
t("'%s' % (StrRmod('v'),)", lambda: '%s' % (StrRmod('v'),))
t("StrMod('%s') % 5", lambda: StrMod('%s') % 5)
t("'%s' % StrMod('m')", lambda: '%s' % StrMod('m'))
t("StrBoth('a') % StrBoth('b')", lambda: StrBoth('a') % StrBoth('b'))
t("'x%s' % StrBoth('b')", lambda: 'x%s' % StrBoth('b'))
t("StrBoth('a') % 'b'", lambda: StrBoth('a') % 'b')
t("'%s' % NotImpl('n')", lambda: '%s' % NotImpl('n'))
t("5 % S('x')", lambda: 5 % S('x'))
t("5 % StrRmod('x')", lambda: 5 % StrRmod('x'))
t("str.__mod__('%d', 4)", lambda: str.__mod__('%d', 4))
t("str.__rmod__('%d', 4)", lambda: str.__rmod__('%d', 4))
t("str.__rmod__('x', '<%s>')", lambda: str.__rmod__('x', '<%s>'))
t("'<%s>'.__mod__('y')", lambda: '<%s>'.__mod__('y'))
t("S('%s').__mod__(3)", lambda: S('%s').__mod__(3))
t("str.__mod__(5, 4)", lambda: str.__mod__(5, 4))
print('__mod__' in dir(str), '__rmod__' in dir(str), '__mod__' in str.__dict__)
print(str.__mod__.__name__, str.__rmod__.__name__, type(str.__dict__['__mod__']).__name__)
print(str.__mod__.__doc__)
print(str.__rmod__.__doc__)
x = S('%s-%s')
x %= ('a', 'b')
print(repr(x), type(x).__name__)
y = 'n=%d'
y %= 3
print(repr(y))
