# format() of floats: e E f F g G n % and none, precision, '#', 'z', inf and nan, grouping.
def show(v, spec):
    try:
        print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!!', type(e).__name__, e)

values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e16, 1.5e-7, 123456789.125, 1e300,
          -2.5e-300, 0.1, 100.0, 1e22, 9.999999e5, 0.5, 2.5, float('inf'), -float('inf'),
          float('nan')]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0e', '.0f', '.0g', '.0%', '.1', '.3',
         '.12', '.17g', '#.0e', '#.0f', '#g', '#.3g', '#', '+', ' ', '+.2f', '10.3f',
         '<12.2e', '^12g', '=+12.1f', '012.3f', '*>14,.2f', ',', '_', ',.3f', '_.1f', ',e',
         ',g', '015,.2f', 'z', 'z.1f', 'z.0f', 'z.3e', 'z.2%', 'zg', '+z.1f', 'z#.0f',
         '.30f', '.50e', '20', '-^20', '.1n', '+010', '010,']
for v in values:
    print('--', repr(v))
    for s in specs:
        show(v, s)

for v in [-0.04, -0.0004, -1e-10, 0.04, -0.5, -0.49]:
    for s in ['z.1f', 'z.0f', 'z.1e', 'z.1%', 'z.1g', 'z', '.1f']:
        show(v, s)

for s in ['d', 'x', 'c', 'b', 's', '_b', ',x', 'fn', '.f', 'z,d', '1' * 25, '.' + '9' * 25,
          '.2147483648f', '.2147483647z']:
    show(1.5, s)
show(1.5, '\u00e9^11.2f')
show(-1.5, '\u00e9=11.2f')
show(1.0, '.1000f')
show(1e200, ',.0f')
show(123.456, '_.2e')
show(1234.5, 'n')
show(1234.5, '.2n')
show(float('nan'), '08.2f')
show(float('inf'), '08.2f')
show(-float('inf'), '=+10')
show(float('nan'), '+')
show(float('nan'), 'E')
show(float('inf'), 'F')
show(float('inf'), '%')
