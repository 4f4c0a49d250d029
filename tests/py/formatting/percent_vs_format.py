# The three formatting languages side by side: for many values, '%' directives, format()
# specs, str.format and f-strings that mean the same thing must agree (and do in CPython).
values_f = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1e-10, 123456.789, 1e22, -9.87654321e-5,
            float('inf'), float('nan'), 1 / 3]
values_i = [0, 1, -1, 7, 255, -4096, 10**12, -2**63, 2**64]
pairs_f = [('%f', 'f'), ('%.2f', '.2f'), ('%e', 'e'), ('%.3E', '.3E'), ('%g', 'g'),
           ('%.10g', '.10g'), ('%10.3f', '>10.3f'), ('%-10.3f', '<10.3f'), ('%+.1e', '+.1e'),
           ('% .2f', ' .2f'), ('%010.2f', '010.2f'), ('%#.0f', '#.0f'), ('%#g', '#g'),
           ('%G', 'G'), ('%F', 'F')]
pairs_i = [('%d', 'd'), ('%5d', '5d'), ('%-5d', '<5d'), ('%+d', '+d'), ('% d', ' d'),
           ('%05d', '05d'), ('%x', 'x'), ('%#x', '#x'), ('%X', 'X'), ('%#X', '#X'),
           ('%o', 'o'), ('%#o', '#o'), ('%08x', '08x'), ('%#010x', '#010x'), ('%c', 'c')]
mismatches = 0
for v in values_f:
    for pct, spec in pairs_f:
        a = pct % v
        b = format(v, spec)
        c = ('{:' + spec + '}').format(v)
        d = f'{v:{spec}}'
        same = a == b == c == d
        mismatches += not same
        print(f'{v!r:>22} {pct:>8} {a!r:>28} {"same" if same else "DIFF " + repr(b)}')
for v in values_i:
    for pct, spec in pairs_i:
        if spec == 'c' and not 0 <= v < 0x110000:
            continue
        a = pct % v
        b = format(v, spec)
        c = ('{:' + spec + '}').format(v)
        d = f'{v:{spec}}'
        same = a == b == c == d
        mismatches += not same
        print(f'{v!r:>22} {pct:>8} {a!r:>28} {"same" if same else "DIFF " + repr(b)}')
print('mismatches:', mismatches)
# the known differences between the languages
print('%.3s' % 'abcdef', format('abcdef', '.3'))
print('%s' % 1.0, format(1.0), format(1.0, 'g'), '%g' % 1.0)
print('%r' % 'x', f'{"x"!r}', '{!r}'.format('x'))
print('%x' % -255, format(-255, 'x'), '%#X' % -255, format(-255, '#X'))
print('%5.3d' % 7, format(7, '05'))
print('%-05d|' % 7, format(7, '<05d') + '|')
