# format() of ints: every presentation type, fill/align, sign, '#', '0', width, grouping.
def show(v, spec):
    try:
        print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!!', type(e).__name__, e)

values = [0, 1, -1, 42, -42, 255, -255, 1234567, -1234567, 2**64 + 1, -(2**70), 10**20]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', '-d', ' d',
         '10', '<10', '>10', '^10', '=10', '010', '+010', '#010x', '#010b', '-#12o',
         '*^12', '_<12', '0<8', '0^8', '0=8', '08,', '012,d', ',', '_', '_b', '_x', '_o',
         '#_x', '015_X', '+,', ' ,', '20,', '^20_', 'e', '.2e', 'E', 'f', '.3f', 'F', 'g',
         '.10g', 'G', '%', '.1%', ',.2f', '010.1f', '+.0e', '#.0f', '#x<12']
for v in values:
    print('--', v)
    for s in specs:
        show(v, s)

# characters
for v in [65, 0x263A, 0x10FFFF, 0]:
    show(v, 'c')
    show(v, '>5c')
    show(v, '*^7c')
    show(v, '=5c')
for v in [-1, 0x110000]:
    show(v, 'c')
show(65, '+c')
show(65, '#c')
show(65, ',c')
show(65, '_c')
show(65, '05c')

# errors
for s in ['.2', '.2d', 'z', 'zd', ',b', ',x', ',n', '_n', '_d_', ',_', '_,', 's', 'r', 'a', 'y',
          'dd', '10.', '=', '\u00e9', '\x01', '1' * 25, '.' + '1' * 25, '==']:
    show(7, s)
# unicode fills
show(5, '\u00e9^9')
show(5, '\U0001F600>4')
show(-5, '\u2500=9')
show(12345, '\u00b7>10,')
# bool formats as int with a spec, as str without
for s in ['', 'd', '5', '<5', 'x', '#b', 's', '.1f']:
    show(True, s)
    show(False, s)
