# format() of complex: e E f F g G n and none, fill/align/sign/'#'/'z', grouping, errors.
def show(v, spec):
    try:
        print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!!', type(e).__name__, e)

values = [0j, -0j, complex(-0.0, -0.0), 1 + 2j, -1.5 - 2.25j, 3j, -3j, 1e20 + 1e-20j,
          complex(1, float('inf')), complex(float('nan'), -1), complex(123456.789, -987654.321),
          complex(0.0, 1e16), complex(2, 0)]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '.2', '.2f', '.0e', '#.0f', '#g', '+', ' ',
         '-', '30', '<30', '>30', '^30', '*^30.3f', '+.1f', ',.2f', '_.1f', ',', '_', 'z.1f',
         'z', '.3g', '20.2e', '#', '.17g']
for v in values:
    print('--', repr(v))
    for s in specs:
        show(v, s)

for s in ['%', 'd', 'x', 'c', 's', '=10', '010', '0>10', '=+10.2f', '+010.1f', 'b', '.2%',
          '1' * 25, 'z,d']:
    show(1 + 2j, s)
print(f'{1+2j}', f'{1+2j!r:>10}', f'{-1j:10.2f}', '{:.1f}'.format(2.5 - 0.5j))
print(format(complex(1, -0.0)), format(complex(-0.0, 0), ''), format(complex(-0.0, 0), 'g'))
