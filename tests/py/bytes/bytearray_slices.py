# bytearray slice assignment and deletion: simple and extended slices, every kind of
# value (buffers, iterables, self), resizing, and the errors.
from mod_show import rep, show

def assign(key, value):
    b = bytearray(b'abcdefgh')
    b[key] = value
    return b

def delete(key):
    b = bytearray(b'abcdefgh')
    del b[key]
    return b

keys = [slice(None), slice(2, 4), slice(2, 2), slice(6, 2), slice(-3, None), slice(10, 20),
        slice(-20, 2), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
        slice(None, None, -3), slice(6, 1, -2), slice(5, 0, -1), slice(0, 0, 2), slice(None, None, 0),
        slice('a', 2)]
values = [b'XY', b'', bytearray(b'123'), memoryview(b'Q'), memoryview(b'abcdefgh')[::2],
          [65, 66, 67], (90,), range(3), iter([1, 2]), 'xy', 5, None, [300], ['a'], b'12345678',
          b'XYZW', 3.5]
for key in keys:
    for value in values:
        show(f'b[{key}] = {rep(value)}', lambda: assign(key, value))
    show(f'del b[{key}]', lambda: delete(key))

b = bytearray(b'abcdef')
b[:] = b
print(b)
b[1:] = b
print(b)
show('b[::2] = b[1::2]', lambda: b.__setitem__(slice(None, None, 2), b[1::2]))
b[::2] = b[::-2]
print(b)
b[:0] = b
print(b)
b = bytearray(b'0123456789')
b[2:8] = b[4:6]
print(b, len(b))
b[1:1] = b'---'
print(b)
del b[1:4]
print(b)
b[len(b):] = b'END'
print(b)
del b[:]
print(b, len(b))
b = bytearray(range(20))
del b[::3]
print(list(b))
del b[-1:0:-4]
print(list(b))
b = bytearray(b'abc')
b[::-1] = b
print(b)
b[5:2] = b'@'
print(b)
