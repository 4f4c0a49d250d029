# join with every kind of bytes-like item, concatenation, repetition and their errors.
from mod_show import rep, show

items = [b'a', bytearray(b'b'), memoryview(b'c'), memoryview(b'xdx')[1:2]]
for sep in (b'-', bytearray(b'--'), b''):
    show(f'{rep(sep)}.join(mixed)', lambda: sep.join(items))
    show(f'{rep(sep)}.join([])', lambda: sep.join([]))
    show(f'{rep(sep)}.join(gen)', lambda: sep.join(x for x in [b'1', b'2', b'3']))
    show(f'{rep(sep)}.join(tuple)', lambda: sep.join((b'x', b'y')))
    show(f'{rep(sep)}.join([1])', lambda: sep.join([b'a', 1]))
    show(f'{rep(sep)}.join(["s"])', lambda: sep.join(['s']))
    show(f'{rep(sep)}.join(5)', lambda: sep.join(5))
    show(f'{rep(sep)}.join(strided)', lambda: sep.join([memoryview(b'abcd')[::2]]))
one = b'solo'
print(b'-'.join([one]) is one, bytearray(b'-').join([bytearray(b'x')]))
class B(bytes): pass
print(type(b'-'.join([B(b'x')])), b'-'.join([B(b'x')]))

pairs = [(b'ab', b'cd'), (b'ab', bytearray(b'cd')), (bytearray(b'ab'), b'cd'),
         (b'ab', memoryview(b'cd')), (bytearray(b'ab'), memoryview(b'cd')),
         (memoryview(b'ab'), b'cd'), (b'', b''), (b'ab', b''), (b'', bytearray(b'x')),
         (b'ab', 'cd'), (bytearray(b'ab'), 'cd'), (b'ab', 1), (b'ab', [1]), (bytearray(), None),
         (b'x', memoryview(b'abcd')[::2]), (bytearray(b'x'), memoryview(b'abcd')[::2])]
for a, b in pairs:
    show(f'{rep(a)} + {rep(b)}', lambda: a + b)
e = b'abc'
print((e + b'') is e, (b'' + e) is e)
for s in (b'ab', bytearray(b'ab')):
    for n in (0, 1, 3, -2, True):
        show(f'{rep(s)} * {rep(n)}', lambda: s * n)
        show(f'{rep(n)} * {rep(s)}', lambda: n * s)
    show(f'{rep(s)} * 2.0', lambda: s * 2.0)
    show(f'{rep(s)} * "x"', lambda: s * 'x')
    show(f'{rep(s)} * 2**100', lambda: s * 2**100)
print((e * 1) is e, len(b'xyz' * 1000), bytearray(b'q') * 5)
