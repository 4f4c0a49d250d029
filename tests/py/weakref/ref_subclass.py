# Subclasses of weakref.ref with extra attributes and __slots__.
import weakref


class Obj:
    pass


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.__dict__.update(kw)


class SlotRef(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag):
        self = super().__new__(cls, ob)
        self.tag = tag
        return self

    def __init__(self, ob, tag):
        super().__init__(ob)


o = Obj()
r = MyRef(o, None, name="x", n=3)
print(r() is o, r.name, r.n, type(r).__name__, isinstance(r, weakref.ref))
plain = weakref.ref(o)
print(plain is not r, weakref.getweakrefcount(o))
r2 = MyRef(o)
print(r2 is not r, weakref.getweakrefcount(o))
s = SlotRef(o, "t")
print(s.tag, s() is o)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)

log = []
class LogRef(weakref.ref):
    def __call__(self):
        log.append("deref")
        return super().__call__()

lr = LogRef(o, lambda ref: log.append(("cb", type(ref).__name__)))
print(lr() is o)
del o
print(log, r(), r.name, s(), lr())
print(issubclass(MyRef, weakref.ReferenceType))
try:
    MyRef()
except TypeError as e:
    print("TypeError:", e)

# Equality between subclass instances and plain refs.
o = Obj()
a = weakref.ref(o)
b = MyRef(o)
print(a == b, b == a, hash(a) == hash(b))
