# bytearray's allocation policy, visible through __alloc__() and __sizeof__(), and pickling
# support (__reduce__, __reduce_ex__).
from mod_show import rep, show

b = bytearray()
allocs = []
for i in range(60):
    b.append(i)
    allocs.append(b.__alloc__())
print(allocs)
while b:
    b.pop()
    allocs.append(b.__alloc__())
print(allocs[60:])
for src in (b'', b'a', b'abc', bytes(100), 10, 0, [1, 2, 3], (1, 2), range(10), iter(range(10)),
            'abc'):
    try:
        x = bytearray(src) if not isinstance(src, str) else bytearray(src, 'ascii')
    except Exception as e:
        print(rep(src), type(e).__name__, e)
    else:
        print(rep(src), x.__alloc__(), x.__sizeof__() - bytearray().__sizeof__())
x = bytearray(b'x' * 100)
del x[:10]
print(x.__alloc__(), len(x))
del x[:60]
print(x.__alloc__(), len(x))
x.append(1)
print(x.__alloc__(), len(x))
x = bytearray(b'x' * 100)
x.extend(range(10))
print(x.__alloc__())
x = bytearray(b'x' * 100)
x.extend(b'0123456789')
print(x.__alloc__())
x = bytearray(b'x' * 100)
x += b'0123456789'
print(x.__alloc__())
x *= 3
print(x.__alloc__(), len(x))
x[10:] = b''
print(x.__alloc__(), len(x))
x = bytearray(b'abcdef')
x[1:3] = b''
print(x.__alloc__())
x[0:2] = b''
print(x.__alloc__(), x)
x.insert(0, 65)
print(x.__alloc__(), x)
x.clear()
print(x.__alloc__())
x = bytearray(b'q' * 1000)
x[:] = b''
print(x.__alloc__())

for b in (bytearray(), bytearray(b'abc'), bytearray(b'a\xff\x00c')):
    print(b.__reduce__(), b.__reduce_ex__(2), b.__reduce_ex__(3), b.__reduce_ex__(4))
class Sub(bytearray): pass
s = Sub(b'sub')
print(s.__reduce__())
s.tag = 'x'
print(s.__reduce__(), s.__reduce_ex__(5))
show('__reduce_ex__("x")', lambda: bytearray().__reduce_ex__('x'))
show('__reduce_ex__(1, 2)', lambda: bytearray().__reduce_ex__(1, 2))
show('__alloc__(1)', lambda: bytearray().__alloc__(1))
