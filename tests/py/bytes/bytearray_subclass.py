# Subclasses of bytearray and bytes: overridden __init__/__new__, attributes, repr with the
# class name, methods returning the base type, buffers, and operators.
from mod_show import rep, show

class Buf(bytearray):
    def __init__(self, *args, tag='none'):
        super().__init__(*args)
        self.tag = tag
    def shout(self):
        return self.upper()

b = Buf(b'hello', tag='t1')
print(repr(b), str(b), b.tag, len(b), b.shout(), type(b.shout()).__name__, isinstance(b, bytearray))
b.append(33)
b.extend(b' ok')
b[0] = 72
print(b, b.tag, b.__dict__, type(b).__name__)
print(b == b'Hello! ok', b'Hello! ok' == b, b == bytearray(b'Hello! ok'), b != memoryview(b'x'))
print(type(b[1:3]).__name__, type(b.copy()).__name__, type(b + b'x').__name__, type(b * 2).__name__)
m = memoryview(b)
print(m.obj is b, m.tobytes(), bytes(b), b.hex(':'))
show('resize while viewed', lambda: b.append(1))
m.release()
b.clear()
print(repr(b), b.tag)
show('hash(sub)', lambda: hash(b))
class Hashable(bytearray):
    def __hash__(self): return 42
print(hash(Hashable(b'x')), {Hashable(b'a'): 1}[Hashable(b'a')] if False else 'skip')
class Quiet(bytearray):
    def __repr__(self): return 'Quiet!'
print(repr(Quiet(b'q')), str(Quiet(b'q')), f'{Quiet(b"q")}')
class NoInit(bytearray):
    def __init__(self, x):
        pass
n = NoInit(b'ignored')
print(repr(n), len(n))
class Reinit(bytearray):
    pass
r = Reinit(b'abc')
r.__init__(b'xy')
print(repr(r))
r.__init__()
print(repr(r))
r.__init__(3)
print(repr(r))
r.__init__('é', 'utf-8')
print(repr(r))

class Bts(bytes):
    def __new__(cls, v, extra=0):
        self = super().__new__(cls, v)
        self.extra = extra
        return self
t = Bts(b'abc', 5)
print(repr(t), t.extra, type(t.upper()).__name__, t + b'!', type(t + b'!').__name__, t[0], t[1:])
print(bytes(t), type(bytes(t)).__name__, t.__bytes__(), type(t.__bytes__()).__name__, t.__getnewargs__())
print(memoryview(t).tobytes(), memoryview(t).obj is t, bytearray(t), t.hex(), hash(t) == hash(b'abc'))
print(b'abc' == t, t == b'abc', b'abc' in [t], t in {b'abc'})
class Weird(bytearray):
    def __len__(self): return 99
w = Weird(b'ab')
print(len(w), w.__len__(), bytearray.__len__(w), bytes(w), memoryview(w).nbytes)
