# hex() with separators, fromhex() for bytes, bytearray and subclasses, memoryview.hex().
from mod_show import rep, show

data = bytes(range(0, 256, 17)) + b'\xff'
for obj in (data, bytearray(data), memoryview(data), b'', b'\x01', memoryview(data)[::3]):
    k = type(obj).__name__
    print(k, obj.hex())
    for sep in (':', b'-', ' '):
        for n in (1, 2, 3, -2, -3, 0, 100, -100):
            print(k, repr(sep), n, obj.hex(sep, n))
    print(k, obj.hex(sep='_'), obj.hex(bytes_per_sep=2), obj.hex(':', bytes_per_sep=-4))
for args, kw in [(('',), {}), (('ab',), {}), (('\xe9',), {}), ((b'\xe9',), {}), ((1,), {}),
                 (([1],), {}), ((':', 'x'), {}), ((':', 2**40), {}), ((':', 1.0), {}),
                 ((':', 1, 2), {}), ((), {'sep': None}), ((), {'x': 1}), ((None,), {})]:
    for obj in (b'abc', bytearray(b'abc'), memoryview(b'abc')):
        show(f'{type(obj).__name__}.hex{rep(args)}{kw}', lambda: obj.hex(*args, **kw))

texts = ['', '00', 'ff', 'FF', 'aBcD', ' 01 02 ', '0102\t03\n04\x0b05\x0c06\r07', 'a', 'abc',
         'ab c', 'a bc', 'zz', 'g0', '0g', '12 3', '\xe9', 'ab\xe9', 'zz\u20ac', '  ', '0 1',
         '1\x1c2', '٠١']
for t in texts:
    show(f'bytes.fromhex({t!r})', lambda: bytes.fromhex(t))
    show(f'bytearray.fromhex({t!r})', lambda: bytearray.fromhex(t))
for bad in (b'00', bytearray(b'00'), 1, None):
    show(f'fromhex({rep(bad)})', lambda: bytes.fromhex(bad))
show('fromhex()', lambda: bytes.fromhex())
show('fromhex(string=)', lambda: bytes.fromhex(string='00'))
class B(bytes):
    def __new__(cls, v):
        print('B.__new__', rep(v))
        return super().__new__(cls, v)
class BA(bytearray):
    def __init__(self, v):
        print('BA.__init__', rep(v))
        super().__init__(v)
r = B.fromhex('4142')
print(type(r).__name__, r)
r = BA.fromhex('4142')
print(type(r).__name__, r)
print(b'x'.fromhex('41'), bytearray(b'x').fromhex('42'), type(bytes.fromhex('').hex()))
