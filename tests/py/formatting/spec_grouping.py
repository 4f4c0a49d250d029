# Grouping in the format mini-language: ',' and '_' on every type that takes them, together
# with zero padding (the padding is grouped too), widths, signs, precisions and exponents.
def show(v, spec):
    try:
        print(f'{v!r:>24} {spec!r:>10} -> {format(v, spec)!r}')
    except Exception as e:
        print(f'{v!r:>24} {spec!r:>10} !! {type(e).__name__} {e}')

ints = [0, 5, -5, 999, 1000, -1000, 123456, 1234567, -1234567890, 2**64, -(10**30)]
for v in ints:
    for spec in [',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_x', '#_b', '010,', '011,',
                 '012,', '013,', '0=15,', '+015,', ' 015_', '#012_x', '#013_b', '020_o',
                 '>15,', '<15,', '^15,', '*^15_', ',.2f', '_e', ',%']:
        show(v, spec)
floats = [0.0, -0.0, 1234.5, -1234.5678, 1e6, 1.5e15, 1e16, 123456789.987654321, 1e-5,
          float('inf'), -float('nan')]
for v in floats:
    for spec in [',', '_', ',.2f', '_.3f', ',.0f', ',e', ',g', ',.10g', ',%', '_.1%', '015,.2f',
                 '016,.2f', '+017_.1f', '0=20,', '>20,.3f', ',.2', 'z,.1f', '#,.0f', ',F']:
        show(v, spec)
for v in [1234 + 5678j, -1e6 - 2.5e7j]:
    for spec in [',', '_', ',.2f', '_.1e', '>30,.1f', ',g']:
        show(v, spec)
for spec in [',c', '_c', ',s', '_s', ',b', ',o', ',x', ',X', ',n', '_n', ',,', '_,', ',_',
             '__', '.,', '.2,f', ',.2,f']:
    show(1234, spec)
    show(1234.5, spec)
    show('1234', spec)
