# The dunder methods of bytes and bytearray called directly, the bytes-only and
# bytearray-only ones, docstrings' first lines and len/iter/in/reversed/sorted.
from mod_show import rep, show

for obj in (b'hello', bytearray(b'hello')):
    k = type(obj).__name__
    print(k, obj.__len__(), obj.__getitem__(1), obj.__getitem__(slice(1, 3)), obj.__contains__(108),
          obj.__contains__(b'll'), obj.__contains__(memoryview(b'lo')), obj.__add__(b'!'),
          obj.__mul__(2), obj.__rmul__(2), obj.__eq__(b'hello'), obj.__ne__(b'x'), obj.__lt__(b'i'),
          obj.__ge__(bytearray(b'hello')), obj.__iter__().__next__(), list(reversed(obj)),
          sorted(obj), 104 in obj, b'el' in obj, bytearray(b'lo') in obj, str(obj), repr(obj))
    for bad in ('l', 300, -1, None, 1.5, memoryview(b'abcd')[::2]):
        show(f'{rep(bad)} in {k}', lambda: bad in obj)
    show(f'{k}.__add__(1)', lambda: obj.__add__(1))
    show(f'{k}.__getitem__("a")', lambda: obj.__getitem__('a'))
    show(f'{k}[9]', lambda: obj[9])
    show(f'{k}[-9]', lambda: obj[-9])
    show(f'{k}[2**80]', lambda: obj[2**80])
    show(f'{k}[1.0]', lambda: obj[1.0])
    print(k, obj[::-1], obj[1:-1:2], obj[10:], obj[-100:2], obj[3:1], obj[::3])

print(b'ab'.__bytes__(), b'ab'.__getnewargs__(), bytes.__getnewargs__(b'q'))
show('bytearray.__bytes__', lambda: bytearray(b'x').__bytes__())
show('bytes.__alloc__', lambda: b'x'.__alloc__())
print(b'abc'.__sizeof__() - b''.__sizeof__(), bytearray(b'abc').__sizeof__() - bytearray().__sizeof__())
for name in ('split', 'hex', 'fromhex', 'decode', 'join', 'center', 'count', 'maketrans',
             'removeprefix', 'splitlines', 'translate', 'isascii'):
    print(name, repr(getattr(bytes, name).__doc__.splitlines()[0]),
          repr(getattr(bytearray, name).__doc__.splitlines()[0]))
for name in ('append', 'pop', 'extend', 'insert', '__alloc__'):
    print(name, repr(getattr(bytearray, name).__doc__.splitlines()[0]))
print(bytes.__doc__.splitlines()[0], '|', bytearray.__doc__.splitlines()[0])
print(memoryview.__doc__)
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(''), hash(b'a') == hash('a'))
show('hash(bytearray)', lambda: hash(bytearray(b'abc')))
show('{bytearray}', lambda: {bytearray()})
print(ord(bytearray(b'A')), ord(b'B'))
show('ord(bytearray(b"AB"))', lambda: ord(bytearray(b'AB')))
show('ord(bytearray())', lambda: ord(bytearray()))
show('ord(memoryview(b"A"))', lambda: ord(memoryview(b'A')))
print(isinstance(bytearray(), bytes), issubclass(bytearray, bytes), type(bytearray()).__name__,
      type(memoryview(b'')).__name__, bytearray.__name__, memoryview.__qualname__)
