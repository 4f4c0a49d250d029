# repr and str of complex numbers: zero and negative-zero parts, inf, nan, integral parts,
# exponents, and how the real part decides the parentheses.
inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 0.5, 1e16, 1e-5, -1e-7, 123456789.0, 1e22, 2.5e-300, inf, -inf,
         nan, 1 / 3, 1e15, 12345678901234567890.0]
for re in parts:
    for im in parts:
        c = complex(re, im)
        assert str(c) == repr(c)
        print(repr(c), end='  ')
    print()
print(1j, -1j, 2 + 0j, -(0j), 0j, (-0.0 - 0j), complex(-0.0, -0.0))
print([1j, 1 + 1j], (2j,), {'k': -3j}, f'{1+2j}', f'{1+2j!r}', '{}'.format(3j))
print(str(1e300 * 1e300 * 1j), -nan * 1j)
