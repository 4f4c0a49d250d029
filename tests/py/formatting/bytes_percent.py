# bytes % args: %b and %s (bytes-like or __bytes__), %a and %r (ascii()), %c (int or one byte),
# the numeric conversions with flags, width and precision, mappings with bytes keys.
def t(fmt, args):
    try:
        print(repr(fmt), '%', repr(args), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '%', repr(args), '!!', type(e).__name__, e)

class B:
    def __bytes__(self):
        return b'<B>'
    def __repr__(self):
        return 'B()'

class BadBytes:
    def __bytes__(self):
        return 'not bytes'
    def __repr__(self):
        return 'BadBytes()'

class Idx:
    def __index__(self):
        return 66
    def __repr__(self):
        return 'Idx()'

class SubBytes(bytes):
    pass

t(b'hello', ())
t(b'%b', b'abc')
t(b'%s', b'abc')
t(b'%b and %s', (b'x', b'y'))
t(b'%b', SubBytes(b'sub'))
t(b'%s', B())
t(b'%5b|%-5s|%.1b|%3.2s|', (b'ab', b'cd', b'ef', b'ghi'))
t(b'%b', BadBytes())
t(b'%b', 'text')
t(b'%s', 5)
t(b'%s', None)
t(b'%a', 'caf\u00e9')
t(b'%r', 'caf\u00e9')
t(b'%a', b'\xff\x00')
t(b'%r', [1, 'x'])
t(b'%10a|%-10r|%.4a', ('x', 'y', 'abcdef'))
t(b'%c', 65)
t(b'%c', b'Z')
t(b'%c', SubBytes(b'q'))
t(b'%c', Idx())
t(b'%c', True)
t(b'%3c|%-3c|', (97, b'b'))
for v in [256, -1, 2**70, b'', b'ab', 'a', 1.0, None]:
    t(b'%c', v)
for conv in 'diuoxX':
    for v in [0, 42, -42, 2**70, 1.9, Idx(), True]:
        for f in ['', '#', '+', ' ', '05', '-6', '#08', '.4', '+#10.3']:
            t(b'%' + f.encode() + conv.encode(), v)
for conv in 'eEfFgG':
    for v in [0.0, -1.5, 1234.5678, 1e100, float('inf'), float('nan'), 3, Idx()]:
        for f in ['', '#', '+', ' ', '012', '-12', '.0', '.3', '+012.2']:
            t(b'%' + f.encode() + conv.encode(), v)
t(b'%(a)s %(b)d', {b'a': b'A', b'b': 2})
t(b'%(a)s', {'a': b'A'})
t(b'%(a)s', (b'x',))
t(b'%(a', {b'a': 1})
t(b'%(a)', {b'a': 1})
t(b'%s', {b'a': 1})
t(b'abc', {})
t(b'abc', [])
t(b'abc', b'x')
t(b'abc', 'x')
t(b'abc', 5)
t(b'%s %s', (b'a',))
t(b'%s', (b'a', b'b'))
t(b'%%', ())
t(b'100%% %s', b'sure')
t(b'%', ())
t(b'%5', ())
t(b'%y', 1)
t(b'%y', ())
t(b'%5%', 1)
t(b'%*d', (5, 1))
t(b'%-*d|', (5, 1))
t(b'%*d|', (-5, 1))
t(b'%.*f', (2, 1.0))
t(b'%*d', (b'5', 1))
t(b'%*d', (2**63, 1))
t(b'%.*d', (2**31, 1))
t(b'%99999999999999999999d', 1)
t(b'%.99999999999999d', 1)
t(b'%.2147483647d', 1)
t(b'%*s|', (-2**63, b'x'))
t(b'%d', 'x')
t(b'%i', 'x')
t(b'%x', 1.5)
t(b'%f', 'x')
t(b'%e', None)
t(b'%g', 10**400)
for f in [b'%\x00', b'%\x7f', b'%\x1f']:
    try:
        f % 1
    except ValueError as e:
        print(repr(f), repr(str(e)))
t(b'%\xe9', 1)
t(b'%ld %hd %Lf', (1, 2, 3.0))
t(b'%s', (SubBytes(b'x'),))
r = b'%s' % b'x'
print(type(r).__name__, type(SubBytes(b'%s') % b'y').__name__)
try:
    b'%d' % 10**5000
except ValueError as e:
    print('ValueError', e)
print(len(b'%x' % 16**5000))
try:
    print(5 % b'x')
except TypeError as e:
    print('TypeError', e)
try:
    print('%s' % b'x', b'%s' % 'x')
except TypeError as e:
    print('TypeError', e)
print('__mod__' in dir(bytes), '__rmod__' in dir(bytes), bytes.__mod__(b'%d', 3),
      bytes.__rmod__(b'%d', 3))
x = b'[%s]'
x %= b'y'
print(x)
