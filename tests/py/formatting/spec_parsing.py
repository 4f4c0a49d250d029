# The spec grammar itself: fill characters that look like options, alignment vs '0', the
# order of options, grouping errors, huge widths and precisions, and invalid specs, applied
# to int, float, str and complex alike.
def show(v, spec):
    try:
        print(type(v).__name__, repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(type(v).__name__, repr(spec), '!!', type(e).__name__, e)

values = [42, -2.5, 'txt', 1 - 1j]
specs = ['<', '>', '^', '=', '0<6', '0>6', '0^6', '0=6', '<<6', '>>6', '^^6', '==6', '006',
         '+^8', '-<8', ' >8', '#<8', '{<8', '}>8', ':>8', '.>8', ',>8', '_>8', '0', '00',
         '000', '0,', '0_', '0,.1', '+08', '-08', ' 08', '#08', 'z08', '8', '08.2', '<08',
         '>08', '^08', '=08', 'x<08', '\u2014^9', '\t>5', '\n<5', ' =8', '6,', '6_', ',6', '_6',
         ',,', '__', ',_', '_,', '.,', '.1,', '1.', '.', '.x', '+-', '-+', '++', '#z', 'z#',
         'z+', '+z', '##', 'zz', '0#', '#0', '%%', 'ss', 'dd', '5.5.5', '9' * 20,
         '.' + '9' * 20, '.' + '9' * 19, '.2147483648',
         ' ', '  ', '   ', 'é', 'é<', 'é<4']
for v in values:
    print('--', repr(v))
    for s in specs:
        show(v, s)
print(repr(format(7, '\x00<3')), repr(format('a', '\U0001F600^5')))
for v in [1, 1.0, 'a', 1j]:
    try:
        format(v, '1' * 4000)
    except ValueError as e:
        print(type(v).__name__, 'ValueError', e)
