# bytearray's own methods: append, extend, insert, pop, remove, clear, copy, reverse.
from mod_show import rep, show

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'

def run(name, *args):
    b = bytearray(b'hello')
    r = getattr(b, name)(*args)
    return (r, b)

for args in [(33,), (0,), (255,), (256,), (-1,), ('a',), (b'a',), (Idx(65),), (True,), (1.0,), (),
             (1, 2)]:
    show(f'append{rep(args)}', lambda: run('append', *args))
for args in [(b' world',), (bytearray(b'!'),), (memoryview(b'?'),), (memoryview(b'abcd')[::2],),
             ([32, 33],), ((34,),), (range(65, 68),), (iter([70]),), ((x for x in b'gen'),),
             ('str',), (5,), (None,), ([256],), ([1, 'a'],), ([],), (b'',), (), (b'a', b'b'),
             ({97: 1},)]:
    show(f'extend{rep(args)}', lambda: run('extend', *args))
for args in [(0, 65), (2, 66), (-1, 67), (-100, 68), (100, 69), (5, 70), (Idx(1), Idx(71)),
             (0, 256), ('a', 65), (0, 'a'), (0,), (), (1.0, 65), (2**70, 65)]:
    show(f'insert{rep(args)}', lambda: run('insert', *args))
for args in [(), (0,), (-1,), (4,), (-5,), (5,), (-6,), (Idx(1),), ('a',), (1.0,), (2**70,),
             (1, 2)]:
    show(f'pop{rep(args)}', lambda: run('pop', *args))
show('pop empty', lambda: bytearray().pop())
show('pop empty(0)', lambda: bytearray().pop(0))
for args in [(108,), (104,), (111,), (122,), (256,), (-1,), ('l',), (b'l',), (Idx(101),), ()]:
    show(f'remove{rep(args)}', lambda: run('remove', *args))
for name in ('clear', 'copy', 'reverse'):
    show(name, lambda: run(name))
    show(f'{name}(1)', lambda: run(name, 1))
b = bytearray(b'abc')
c = b.copy()
c.append(100)
print(b, c, c is b, type(c).__name__)
b = bytearray(b'racecar!')
b.reverse()
print(b)
b = bytearray()
for i in range(10):
    b.insert(i // 2, 48 + i)
print(b)
while b:
    b.pop(len(b) // 2)
print(b)
b = bytearray(b'abc')
b.extend(b)
print(b)
b.extend(iter(b))
print(b)
def gen():
    yield 1
    b.append(0)
    yield 2
b = bytearray()
b.extend(gen())
print(list(b))
