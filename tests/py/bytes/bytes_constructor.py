# bytes(...) and bytearray(...) from every kind of source: buffers (strided too), __bytes__,
# ints, iterables, str with encodings, subclasses, and the argument errors.
from mod_show import rep, show

class WithBytes:
    def __bytes__(self): return b'from dunder'
class BadBytes:
    def __bytes__(self): return 'text'
class BytesSub(bytes): pass
class BytearrayBytes:
    def __bytes__(self): return bytearray(b'x')
class SubBytes:
    def __bytes__(self): return BytesSub(b'sub')
class StrWithBytes(str):
    def __bytes__(self): return b'str dunder'
class Raises:
    def __bytes__(self): raise KeyError('inside')
class Index:
    def __index__(self): return 3
class BadIndex:
    def __index__(self): raise TypeError('no')
    def __iter__(self): return iter([65, 66])

sources = [b'abc', bytearray(b'abc'), memoryview(b'abc'), memoryview(b'abcdef')[::2],
           memoryview(b'abcdef')[::-1], memoryview(b'abcd').cast('B', (2, 2)), 3, 0, True,
           Index(), BadIndex(), [1, 2, 255], (1, 2), range(5), iter([7, 8]), WithBytes(),
           BadBytes(), BytearrayBytes(), SubBytes(), StrWithBytes('x'), Raises(), 'text', -1,
           [256], [-1], ['a'], [1.0], 1.5, None, {1: 2}, 2**70, memoryview(b'')]
for src in sources:
    show(f'bytes({rep(src)})', lambda: bytes(src))
    show(f'bytearray({rep(src)})', lambda: bytearray(src))
    show(f'BytesSub({rep(src)})', lambda: BytesSub(src))

for args, kw in [(('abc', 'ascii'), {}), (('é', 'utf-8'), {}), (('é', 'ascii'), {}),
                 (('é', 'ascii', 'ignore'), {}), (('é',), {'encoding': 'latin-1'}),
                 ((), {'source': 'x', 'encoding': 'ascii'}), ((b'x', 'ascii'), {}),
                 ((3,), {'errors': 'strict'}), ((), {'encoding': 'utf-8'}), ((), {'errors': 'x'}),
                 (('x', 1), {}), (('x', 'ascii', 2), {}), (('x', 'nope'), {}),
                 ((1, 2, 3, 4), {}), ((), {'x': 1}), ((b'a',), {'source': b'b'}),
                 (('a\x00b', 'ascii'), {}), (('x', 'asc\x00ii'), {}), ((), {})]:
    show(f'bytes{rep(args)}{kw}', lambda: bytes(*args, **kw))
    show(f'bytearray{rep(args)}{kw}', lambda: bytearray(*args, **kw))

b = b'exact'
print(bytes(b) is b, BytesSub(b) is b, type(BytesSub(b)).__name__, bytes(BytesSub(b'q')) == b'q')
print(type(bytes(BytesSub(b'q'))).__name__, bytes(bytearray(b'ba')), bytearray(bytearray(b'ba')))
big = bytes(100000)
print(len(big), big.count(0), len(bytearray(big)), bytearray(7))
