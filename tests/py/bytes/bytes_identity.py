# Which methods give back the very object (exact bytes that nothing changes) and which copy:
# subclasses and bytearrays always get new objects of the base type.
from mod_show import rep, show

class B(bytes): pass
class BA(bytearray): pass
calls = [('strip', ()), ('lstrip', (b'z',)), ('rstrip', ()), ('replace', (b'z', b'y')),
         ('replace', (b'', b'')), ('replace', (b'a', b'b', 0)), ('center', (3,)),
         ('ljust', (2,)), ('rjust', (0,)), ('zfill', (1,)), ('expandtabs', ()),
         ('translate', (None,)), ('removeprefix', (b'z',)), ('removesuffix', (b'',)),
         ('lower', ()), ('upper', ()), ('capitalize', ()), ('swapcase', ()), ('title', ()),
         ('__bytes__', ()), ('join', ([b'x'],)), ('split', ()), ('rsplit', (b',',)),
         ('splitlines', ()), ('partition', (b'z',)), ('rpartition', (b'z',)), ('__getitem__', (slice(None),)),
         ('__mul__', (1,)), ('__add__', (b'',))]
for obj in (b'abc', B(b'abc'), bytearray(b'abc'), BA(b'abc')):
    for name, args in calls:
        if not hasattr(obj, name):
            continue
        if name == 'join':
            args = ([obj],)
        r = getattr(obj, name)(*args)
        items = r if isinstance(r, (list, tuple)) else [r]
        print(type(obj).__name__, name, [(type(x).__name__, x is obj) for x in items])
one, empty = b'z', b''
print(b'xyz'[2:] is one, b'xyz'[2], bytes([122]) is one, b''.join([]) is empty, b'a'[0:0] is empty)
