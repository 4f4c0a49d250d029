# bytearray basics: construction, repr/str (quotes), len, comparison with every
# bytes-like type, hashing, iteration, membership and truth.
from mod_show import rep, show

for b in (bytearray(), bytearray(b'abc'), bytearray(b"it's"), bytearray(b'say "hi"'),
          bytearray(b'both \' and "'), bytearray(b'\\\x00\t\n\r\x7f\x80\xff'), bytearray(3)):
    print(repr(b), str(b), len(b), bool(b), list(b)[:5])
a = bytearray(b'abc')
for other in (b'abc', bytearray(b'abc'), memoryview(b'abc'), b'abd', b'ab', b'abcd',
              bytearray(b''), 'abc', 97, [97, 98, 99], memoryview(b'aabbcc')[::2]):
    for op in ('==', '!=', '<', '<=', '>', '>='):
        show(f'bytearray(b"abc") {op} {rep(other)}', lambda: eval(f'a {op} other'))
        show(f'{rep(other)} {op} bytearray(b"abc")', lambda: eval(f'other {op} a'))
show('hash', lambda: hash(a))
show('set', lambda: {a})
show('dict key', lambda: {a: 1})
print(bytearray.__hash__ is None, type(iter(a)).__name__, list(iter(a)), next(iter(a)))
it = iter(a)
print(next(it), list(it), list(it))
it = iter(a)
next(it)
a.extend(b'de')
print(list(it))
it = iter(a)
a.clear()
print(list(it))
b = bytearray(b'hello')
print(104 in b, b'ell' in b, bytearray(b'lo') in b, memoryview(b'he') in b, b'' in b, 0 in b)
for bad in ('h', 256, -1, None, [104]):
    show(f'{rep(bad)} in bytearray', lambda: bad in b)
print(sorted(b), max(b), min(b), sum(b), list(reversed(b)), list(enumerate(b))[:2])
print(bytearray(b'ab') + bytearray(b'cd'), bytearray(b'x') * 3, 2 * bytearray(b'yz'))
print(bytearray(b'%s=%d') % (b'n', 5), type(bytearray(b'%d') % 1).__name__)
show('bytearray % str', lambda: bytearray(b'%s') % 'x')
show('bytearray % missing', lambda: bytearray(b'%s %s') % (b'x',))
print(bytearray(b'%b|%a|%r|%c|%x|%5.2f') % (memoryview(b'mv'), 'é', b'r', 65, 255, 3.14159))
