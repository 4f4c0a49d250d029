# str % args: every error, with CPython's exception type and message.
def t(fmt, args):
    try:
        print(repr(fmt), '%', repr(args), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '%', repr(args), '!!', type(e).__name__, e)

# argument counts
t('%s %s', ('a',))
t('%s', ())
t('%s', (1, 2))
t('abc', 5)
t('abc', 'x')
t('abc', '')
t('abc', (1,))
t('%s %s', 'ab')
t('%d %d %d', (1, 2))
t('%*d', (5,))
t('%.*f', (2,))
t('%*.*f', (1, 2))
# incomplete formats
for f in ['%', 'abc%', '%5', '%-', '%.', '%.5', '%l', '%h', '%L', '%*', '%.*', '%#0', '%(a',
          '%(a)', '%(a)5', '%((a)s']:
    for a in [(), (1,), {'a': 1}, 5]:
        t(f, a)
# unsupported characters and their reported index
for f in ['%y', 'ab%y', '%5y', '%-#0 +7.3y', '%5%', '%-5%', '%(a)%', '%lh', '%ll', '%q',
          '%~', '%\u00e9', '%\u1234', '%\U0001F600', '%b', '%p',
          '%n', '%z', '%D', '%S', '%A', '%R', '%C']:
    t(f, 1)
    t(f, {'a': 1})
for f in ['%\x00', '%\x1f', '%\x7f', '%\x80']:
    try:
        f % 1
    except ValueError as e:
        print(repr(f), repr(str(e)))
# * needs an int
t('%*d', ('5', 1))
t('%*d', (5.0, 1))
t('%.*d', (None, 1))
t('%*d', (2**63, 1))
t('%.*d', (2**31, 1))
t('%.*d', (-2**31 - 1, 1))
t('%.*d', (-2**31, 1))
t('%*s', (-2**63 - 1, 1))
t('%*s|', (-2**63, 'x'))
t('%-*s|', (-2**63, 'x'))
# huge widths and precisions
t('%99999999999999999999d', 1)
t('%.99999999999999d', 1)
t('%.2147483648f', 1.0)
t('%9223372036854775808s', 'x')
t('%.2147483645d', 1)
t('%.2147483647x', 1)
t('%#.2147483646o', 1)
# number conversions
for conv in 'diuoxX':
    for v in ['5', None, [], 1j, b'1', 1.5]:
        t('%' + conv, v)
for conv in 'eEfFgG':
    for v in ['5', None, [], 1j, b'1', 10**400]:
        t('%' + conv, v)
# characters
for v in ['ab', '', b'a', 1.0, -1, 0x110000, 2**70, None, True, [65]]:
    t('%c', v)
# the mapping requirement
t('%(a)s', (1,))
t('%(a)s', 'a')
t('%(a)s', None)
t('%(a)s %(b)s', {'a': 1})
# directives interleaved with errors keep earlier text out of the result
t('prefix %s %d', ('a', 'b'))
# the int digit limit applies to %d and %s alike
big = 10**5000
for f in ['%d', '%s', '%5d', '%i', '%u', '%r', '%a']:
    try:
        print(f % big)
    except ValueError as e:
        print(f, 'ValueError', e)
print(len('%x' % 16**5000), len('%o' % 8**5000), ('%e' % 10.0**300)[:8])
# formats that are not str
try:
    print(5 % 'abc')
except TypeError as e:
    print('TypeError', e)
try:
    print(None % ())
except TypeError as e:
    print('TypeError', e)
try:
    print([] % 'x')
except TypeError as e:
    print('TypeError', e)
