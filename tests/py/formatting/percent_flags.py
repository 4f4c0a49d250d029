# str % args: the flags '#0- +', widths and precisions (also from '*') on every conversion.
def t(fmt, args):
    try:
        print(repr(fmt), '%', repr(args), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '%', repr(args), '!!', type(e).__name__, e)

flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '+#', '-#0', '+ ', '0-', '--', '00']
for conv in 'dioxXu':
    for v in [0, 7, -7, 255, -4096, 2**64]:
        for f in flags:
            for w in ['', '6', '12.4', '.0', '.3']:
                t('%' + f + w + conv, v)
for conv in 'eEfFgG':
    for v in [0.0, -0.0, 1.5, -2.25, 12345.6789, 1e-7, 1e25, float('inf'), -float('nan')]:
        for f in flags:
            for w in ['', '12', '.0', '.3', '14.2']:
                t('%' + f + w + conv, v)
for conv in 'sra':
    for v in ['abc', '\u00e9\u00e8', 12, None]:
        for f in ['', '-', '0', '+', ' ', '#']:
            for w in ['', '6', '.2', '7.1', '.0', '2']:
                t('%' + f + w + conv, v)
for f in ['', '-', '0', '+', '#']:
    for w in ['', '4', '.2']:
        t('%' + f + w + 'c', 'x')
        t('%' + f + w + 'c', 0x1F600)
t('%*d', (5, 42))
t('%-*d', (5, 42))
t('%*d', (-5, 42))
t('%0*d', (-5, 42))
t('%.*f', (2, 3.14159))
t('%.*f', (-2, 3.14159))
t('%*.*f', (10, 3, 3.14159))
t('%*.*s', (8, 2, 'abcdef'))
t('%-*.*s|', (8, 2, 'abcdef'))
t('%*s', (True, 'x'))
t('%.*s', (False, 'xyz'))
t('%*c', (3, 'a'))
t('%0*x', (8, 48879))
t('%#0*x', (8, 48879))
t('%#*o', (-8, 8))
t('%#.5x', 255)
t('%#10.5X', -255)
t('%+.3d', 5)
t('% 05d', 5)
t('% d', -5)
t('%+d', 0)
t('%+s', 'x')
t('% s', 'x')
t('%+c', 65)
t('%05s', 'ab')
t('%-05d|', -3)
t('%05.1f', -2.5)
t('%-+08.2e|', 3.0)
t('%#.0f %#.0e %#g %#.3G', (2.0, 3.0, 4.0, 5.0))
t('%.0f %.0f %.0f %.0f', (0.5, 1.5, 2.5, -0.5))
t('%.100f', 1 / 3)
t('%.60e', 2.0 ** -30)
t('%.20g', 0.1)
t('%15.7g|%-15.7g|', (2 ** 0.5, 3 ** 0.5))
t('%50d', 2**150)
t('%.50d', -12345)
t('%060x', -2**100)
