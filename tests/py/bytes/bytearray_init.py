# bytearray(...) construction and re-initialisation in detail: every source kind, encodings,
# keyword arguments, __index__ sources and the exact errors.
from mod_show import rep, show

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'
class IterOnly:
    def __iter__(self): return iter([104, 105])
class BadIter:
    def __iter__(self): raise ValueError('iter failed')
class BadItems:
    def __iter__(self):
        yield 1
        raise KeyError('mid')
class Both:
    def __index__(self): return 2
    def __iter__(self): return iter([1])
class IndexTypeError:
    def __index__(self): raise TypeError('nope')
class IndexValueError:
    def __index__(self): raise ValueError('bad index')

for src in (Idx(4), Idx(-1), Idx(0), IterOnly(), BadIter(), BadItems(), Both(), IndexTypeError(),
            IndexValueError(), [Idx(70), 71], (Idx(72),), [True, False], [], (), {}, {3: 4},
            {5}, b'\x00', bytearray(range(5)), memoryview(b'mv'), memoryview(b'abcd').cast('B', (2, 2)),
            memoryview(b"\x01\x00\x02\x00").cast("H"), 2**63 - 1, -2**70, 2**70):
    show(f'bytearray({rep(src)})', lambda: bytearray(src))
for args, kw in [(('abc',), {}), (('abc', 'utf-8'), {}), (('abc', 'utf-16'), {}),
                 (('é', 'ascii'), {}), (('é', 'ascii', 'replace'), {}), (('é', 'latin-1'), {}),
                 ((), {'source': b'kw'}), ((), {'source': 'x', 'encoding': 'ascii', 'errors': 'strict'}),
                 ((b'x',), {'encoding': 'ascii'}), ((1,), {'errors': 'ignore'}), ((None,), {}),
                 ((None, 'ascii'), {}), (('x', None), {}), (('x', 'ascii', None), {}),
                 ((), {'encoding': 'ascii'}), ((), {'errors': 'strict'}), (('x',), {'source': 'y'}),
                 ((), {'sauce': 1}), ((1, 2, 3, 4), {})]:
    show(f'bytearray{rep(args)}{kw}', lambda: bytearray(*args, **kw))
b = bytearray(b'original')
for args in [(b'second',), (), (4,), ('txt', 'ascii'), (['x'],), (b'last',)]:
    show(f'__init__{rep(args)}', lambda: b.__init__(*args))
    print('  now', repr(b))
print(bytearray.__new__(bytearray), bytearray.__new__(bytearray, b'ignored', 'by new'))
show('bytearray.__new__(bytes)', lambda: bytearray.__new__(bytes))
