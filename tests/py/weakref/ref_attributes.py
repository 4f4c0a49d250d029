# Attributes and construction of weakref.ref: __callback__, None callbacks, generics, errors.
import weakref


class O:
    pass


o = O()
r = weakref.ref(o)
print(r.__callback__, weakref.ref(o, None) is r)
cb = lambda x: None
rc = weakref.ref(o, cb)
print(rc.__callback__ is cb, rc is not r)
try:
    rc.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(weakref.ref[int], weakref.ref.__name__, weakref.ref.__module__)
print(weakref.ReferenceType is weakref.ref, type(r) is weakref.ref)
for args in [(), (o, None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
rn = weakref.ref(o, 5)
print(rn.__callback__)
del cb
del o
print(rc.__callback__.__name__, r.__callback__, rn.__callback__)
print(type(weakref.proxy(O()) ).__name__)
print(weakref.ref(O) is weakref.ref(O), weakref.ref(O)() is O)
print(repr(r).startswith("<weakref at 0x") and repr(r).endswith("; dead>"))
o = O()
r = weakref.ref(o)
print(repr(r).startswith("<weakref at 0x"), "to 'O' at 0x" in repr(r))
p = weakref.proxy(o)
print(repr(p).startswith("<weakproxy at 0x"), "to O at 0x" in repr(p))
