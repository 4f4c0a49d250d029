# str % mapping: %(key)s, keys with parentheses, mixing with '*', mapping-like arguments.
def t(fmt, args):
    try:
        print(repr(fmt), '%', repr(args), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '%', repr(args), '!!', type(e).__name__, e)

d = {'name': 'Ada', 'age': 36, 'pi': 3.14159, '': 'empty', 'a(b)': 'nested', 'x y': 'spaced',
     '\u00e9': 'accent', ')': 'paren'}
t('%(name)s is %(age)d', d)
t('%(name)r %(age)05d %(pi).2f', d)
t('%(name)-10s|%(age)+5d|', d)
t('%()s', d)
t('%(a(b))s', d)
t('%(x y)s', d)
t('%(\u00e9)s', d)
t('%(name)s %(name)s %(name)s', d)
t('%(missing)s', d)
t('%(name)s %s', d)
t('%s %(name)s', d)
t('%s', d)
t('%(name)', d)
t('%(name', d)
t('%((name)s', d)
t('%(age)*d', d)
t('%(age)%', d)
t('%%(name)s', d)
t('%(name)s', ('x',))
t('%(name)s', 'x')
t('%(name)s', 5)
t('%(0)s', ['zero'])
t('%(name)s', [1, 2])
t('no fields', d)
t('no fields', {})
t('%(1)s %(2)s', {1: 'int', '1': 'one', '2': 'two'})

class M:
    def __repr__(self):
        return 'M()'
    def __getitem__(self, key):
        return key.upper() * 2
    def keys(self):
        return []

t('%(abc)s and %(xy)s', M())
t('%s', M().__class__.__name__)

class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'

t('%(a)s %(b)s', Missing(a=1))

class Boom:
    def __repr__(self):
        return 'Boom()'
    def __getitem__(self, key):
        raise LookupError('no ' + key)

t('%(k)s', Boom())

class DictSub(dict):
    pass

t('%(a)s', DictSub(a='sub'))
t('%(a)s', {'a': {'nested': [1, 2]}})
t('%(a)r', {'a': 'it\'s'})
