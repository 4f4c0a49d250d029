# format() of str: fill, align, width, precision, and the errors of numeric options.
def show(v, spec):
    try:
        print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!!', type(e).__name__, e)

for v in ['', 'a', 'hello', 'h\u00e9llo', '\u65e5\u672c\u8a9e', '\U0001F600x']:
    print('--', repr(v))
    for s in ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '.2', '.0', '10.3', '>8.1s',
              '\u00e9<7', '\U0001F600>6', '0', '05', '010s', '0>5', '1', '.100']:
        show(v, s)

for s in ['+', '-', ' ', '+s', '#', '=10', 'z', ',', '_', ',s', '_s', 'd', 'x', 'f', '%',
          '10.2f', '.', '.x', '1' * 25, '..', 'ss', '<<', '0=5', '=', '^']:
    show('abc', s)

class S(str):
    def __str__(self):
        return 'subclass-str'

show(S('xyz'), '')
show(S('xyz'), '5')
print(format(S('xyz')), type(format(S('xyz'))).__name__)
print(type(format('abc', '')).__name__, type(format(S('q'), '3')).__name__)
print(f'{S("xyz")}', f'{S("xyz"):>6}')
print('{}|{:4}'.format(S('x'), S('y')))
