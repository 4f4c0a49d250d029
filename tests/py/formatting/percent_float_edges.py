# Float conversions of % at their edges: rounding halfway cases, %g's switch to exponents,
# '#' keeping points and zeros, tiny and huge magnitudes, subnormals, and precision limits.
import math

def t(fmt, v):
    try:
        print(f'{fmt:>8} {v!r:>26} -> {fmt % v!r}')
    except Exception as e:
        print(f'{fmt:>8} {v!r:>26} !! {type(e).__name__} {e}')

halfway = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, -0.5, -2.5, 1e-1, 5e-324]
for v in halfway:
    for f in ['%.0f', '%.1f', '%.2f', '%.0e', '%.1e', '%.2g', '%.1g']:
        t(f, v)
for e in range(-6, 19, 3):
    v = 1.234567 * 10.0 ** e
    for f in ['%g', '%G', '%.3g', '%#g', '%#.3g', '%.17g', '%#.0g', '%.0g']:
        t(f, v)
for v in [1e-300, 2.2250738585072014e-308, 5e-324, 1.7976931348315e308, math.pi * 1e100]:
    for f in ['%e', '%.20e', '%g', '%f', '%.3f', '%#.0e']:
        t(f, v)
for v in [0.0, -0.0, 100.0, 1e15, 1e16, 123.0]:
    for f in ['%#.0f', '%#.0e', '%#g', '%#.1g', '%#G']:
        t(f, v)
for v in [float('inf'), -float('inf'), float('nan')]:
    for f in ['%f', '%F', '%e', '%E', '%g', '%G', '%+f', '% f', '%010f', '%-10F|', '%#.3g']:
        t(f, v)
t('%.50f', 0.1)
t('%.40e', 1 / 3)
t('%.30g', 2 ** -20)
t('%.99f', 1e-90)
t('%f', 10**300)
t('%f', True)
t('%.2f', 2**53 + 1)
t('%e', -(10**20))
t('%g', 10**16)
