# int.to_bytes: byteorder default 'big' (3.11), length default 1, signed, and every error.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show((1024).to_bytes, 2)
show((1024).to_bytes, 2, 'little')
show((1024).to_bytes, 4, 'big')
show((1024).to_bytes, 2, byteorder='little')
show((0).to_bytes)
show((255).to_bytes)
show((256).to_bytes)
show((0).to_bytes, 0)
show((1).to_bytes, 0)
show((-1).to_bytes, 1, 'big', signed=True)
show((-1).to_bytes, 4, 'little', signed=True)
show((-1).to_bytes, 1)
show((-128).to_bytes, 1, signed=True)
show((-129).to_bytes, 1, signed=True)
show((127).to_bytes, 1, signed=True)
show((128).to_bytes, 1, signed=True)
show((128).to_bytes, 1, signed=False)
show((-256).to_bytes, 2, 'big', signed=True)
show((-32768).to_bytes, 2, 'little', signed=True)
show((2**64).to_bytes, 9, 'big')
show((2**64).to_bytes, 8, 'big')
show((2**64 - 1).to_bytes, 8, 'little')
show((-2**63).to_bytes, 8, 'big', signed=True)
show((-2**63 - 1).to_bytes, 8, 'big', signed=True)
show((-2**63 - 1).to_bytes, 9, 'big', signed=True)
show((2**100 + 12345).to_bytes, 16, 'big')
show((-(2**100) - 12345).to_bytes, 16, 'little', signed=True)
show((0x0102030405060708090a).to_bytes, 12, 'big')
show((0x0102030405060708090a).to_bytes, 12, 'little')
show(True.to_bytes)
show(True.to_bytes, 2, 'little')
show((5).to_bytes, 2, 'middle')
show((5).to_bytes, 2, 1)
show((5).to_bytes, -1)
show((5).to_bytes, 2.0)
show((5).to_bytes, '2')
show((5).to_bytes, 1, 'big', True)
show((5).to_bytes, 1, 'big', signed=1)
show((5).to_bytes, 1, 'big', signed=[])
show((5).to_bytes, length=3, byteorder='little')
show((5).to_bytes, 3, length=3)
show((5).to_bytes, foo=3)
show((5).to_bytes, 1, 'big', 3)
show((2**1000).to_bytes, 100)
show((2**1000).to_bytes, 126)
show((2**1000).to_bytes, 127)
show((-1).to_bytes, 0, signed=True)
show((0).to_bytes, 0, signed=True)

class I:
    def __index__(self):
        return 3
show((5).to_bytes, I())

class MyInt(int):
    pass
show(MyInt(300).to_bytes, 2)
print(type(MyInt(300).to_bytes(2)).__name__)

for n in [0, 1, 127, 128, 255, 256, 65535, 65536, -1, -127, -128, -129, -32768, -32769]:
    length = (n.bit_length() + 8) // 8
    print(n, n.to_bytes(length, 'big', signed=True).hex(),
          n.to_bytes(length, 'little', signed=True).hex())
