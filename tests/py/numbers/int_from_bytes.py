# int.from_bytes: bytes-likes and iterables of ints, byteorder default 'big', signed, subclasses.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(int.from_bytes, b'\x00\x10')
show(int.from_bytes, b'\x00\x10', 'little')
show(int.from_bytes, b'\x00\x10', byteorder='big')
show(int.from_bytes, b'')
show(int.from_bytes, b'', signed=True)
show(int.from_bytes, b'\xff')
show(int.from_bytes, b'\xff', signed=True)
show(int.from_bytes, b'\xff\xff\xff\xff', 'little', signed=True)
show(int.from_bytes, b'\x80\x00', 'big', signed=True)
show(int.from_bytes, b'\x00\x80', 'little', signed=True)
show(int.from_bytes, b'\x7f\xff', 'big', signed=True)
show(int.from_bytes, b'\xff' * 8)
show(int.from_bytes, b'\xff' * 8, signed=True)
show(int.from_bytes, b'\x80' + b'\x00' * 7, signed=True)
show(int.from_bytes, b'\x80' + b'\x00' * 8, signed=True)
show(int.from_bytes, b'\x01' + b'\x00' * 16)
show(int.from_bytes, b'\x01' + b'\x00' * 16, 'little')
show(int.from_bytes, b'\xfe' + b'\xff' * 16, 'little', signed=True)
show(int.from_bytes, [1, 2, 3])
show(int.from_bytes, (255, 0), 'little')
show(int.from_bytes, range(5))
show(int.from_bytes, iter([1, 0]))
show(int.from_bytes, [256])
show(int.from_bytes, [-1])
show(int.from_bytes, ['a'])
show(int.from_bytes, [1.0])
show(int.from_bytes, 'abc')
show(int.from_bytes, 5)
show(int.from_bytes, None)
show(int.from_bytes, b'\x01', 'middle')
show(int.from_bytes, b'\x01', 5)
show(int.from_bytes, b'\x01', 'big', True)
show(int.from_bytes, b'\x01', 'big', signed=0)
show(int.from_bytes, b'\x01', bytes=b'\x02')
show(int.from_bytes, bytes=b'\x02\x01', byteorder='little')
show(int.from_bytes)
show(int.from_bytes, b'\x01', 'big', signed=True, x=1)
show(bool.from_bytes, b'\x01')
show(bool.from_bytes, b'\x00')

class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
show(MyInt.from_bytes, b'\x01\x00')
show(MyInt.from_bytes, b'\x80', signed=True)

class Bytesish:
    def __bytes__(self):
        return b'\x01\x02'
show(int.from_bytes, Bytesish())

class Weird(int):
    def __new__(cls, v):
        print('Weird.__new__', v)
        return int.__new__(cls, v * 2)
show(Weird.from_bytes, b'\x05')

for n in [0, 1, -1, 255, -255, 2**63 - 1, -2**63, 2**64, -2**64, 3**50, -(3**50)]:
    length = (n.bit_length() + 8) // 8
    for order in ('big', 'little'):
        b = n.to_bytes(length, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == n
    print(n, int.from_bytes(n.to_bytes(length, signed=True), signed=True) == n)
