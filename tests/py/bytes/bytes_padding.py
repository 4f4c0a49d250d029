# center, ljust, rjust, zfill and expandtabs of bytes and bytearray, and their errors.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f"Idx({self.v})"

from mod_show import rep, show

for base in (b'', b'a', b'ab', b'abc', b'-12', b'+7', b'12-', b'-', b'hello'):
    for s in (base, bytearray(base)):
        k = type(s).__name__
        for width in (-1, 0, 1, 2, 3, 4, 5, 6, 8, True):
            print(k, repr(base), width, repr(s.center(width)), repr(s.ljust(width, b'*')),
                  repr(s.rjust(width, bytearray(b'.'))), repr(s.zfill(width)))
for name in ('center', 'ljust', 'rjust'):
    for args in [(), (5, 'x'), (5, b'xy'), (5, b''), (5, memoryview(b'x')), (5.0,), ('5',),
                 (2**70,), (5, b'x', 1), (5, 120), (Idx(6), b'^')]:
        show(f'{name}{rep(args)}', lambda: getattr(b'ab', name)(*args))
for args in [(), ('5',), (5.5,), (2**70,), (1, 2)]:
    show(f'zfill{rep(args)}', lambda: b'ab'.zfill(*args))

tabbed = [b'', b'\t', b'a\tb', b'ab\tcd\tef', b'12345678\t9', b'a\nb\tc', b'a\r\tb', b'\t\t\t',
          b'x\x0b\ty', b'abc\r\n\tx']
for base in tabbed:
    for s in (base, bytearray(base)):
        print(type(s).__name__, repr(base), [s.expandtabs(n) for n in (8, 4, 1, 0, -3)],
              s.expandtabs(tabsize=3))
for args, kw in [(('4',), {}), ((4.0,), {}), ((2**40,), {}), ((1, 2), {}), ((), {'size': 3}),
                 ((), {'tabsize': True})]:
    show(f'expandtabs{rep(args)}{kw}', lambda: b'a\tb'.expandtabs(*args, **kw))
