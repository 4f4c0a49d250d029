# The ASCII case mappings and is*() predicates of bytes and bytearray, over every byte.
from mod_show import rep, show

samples = [b'', b'hello world', b'Hello World', b'HELLO', b'hello wORLD 1a-b_c', b"they're bill's",
           b'123', b'abc123', b' \t\n\r\x0b\x0c', b'\xe9t\xe9', b'A1b2', b'1A', b'aBC dEF', b'\x7f',
           b'\x80', bytes(range(256))]
for base in samples:
    for s in (base, bytearray(base)):
        k = type(s).__name__
        for name in ('lower', 'upper', 'swapcase', 'title', 'capitalize'):
            r = getattr(s, name)()
            if len(base) > 40:
                print(k, name, type(r).__name__, r == getattr(base, name)(), bytes(r)[60:130])
            else:
                print(k, repr(base), name, '->', repr(r))
        preds = [getattr(s, n)() for n in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower',
                                           'isspace', 'istitle', 'isupper')]
        print(k, repr(base[:20]), 'predicates', preds)
for name in ('lower', 'isalpha', 'title', 'isascii'):
    show(f'{name}(1)', lambda: getattr(b'x', name)(1))
class B(bytes): pass
print(type(B(b'ab').upper()), type(B(b'ab').title()), B(b'Ab').istitle())
print(all(bytes([c]).isalpha() == chr(c).isalpha() for c in range(128)))
print([c for c in range(256) if bytes([c]).isspace()])
print([c for c in range(256) if bytes([c]).upper() != bytes([c])][:5])
