# Weak references to objects in a collected cycle are cleared before any of them is freed;
# their callbacks run only when the weak reference itself is not part of the garbage.
import gc
import weakref

gc.disable()
gc.collect()
log = []


class Obj:
    def __init__(self, name):
        self.name = name


a = Obj("a")
a.me = a
r = weakref.ref(a, lambda ref: log.append("callback for a, ref dead: %s" % (ref() is None)))
del a
print("before:", r() is not None, log)
gc.collect()
print("after:", r() is None, log)
log.clear()

b = Obj("b")
b.me = b
b.selfref = weakref.ref(b, lambda ref: log.append("callback in garbage"))
del b
gc.collect()
print("weakref inside the garbage: no callback:", log)


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name, "weakref to peer cleared:", self.peer_ref() is None)


x, y = Fin("x"), Fin("y")
x.peer, y.peer = y, x
x.peer_ref, y.peer_ref = weakref.ref(y), weakref.ref(x)
outside = weakref.ref(x, lambda ref: log.append("outside callback"))
del x, y
gc.collect()
print(log)
log.clear()

c = Obj("c")
c.me = c
proxy = weakref.proxy(c)
print(proxy.name)
del c
gc.collect()
try:
    proxy.name
except ReferenceError as e:
    print(type(e).__name__, e)

d = Obj("d")
d.me = d
fin = weakref.finalize(d, log.append, "finalize ran")
del d
print("finalize alive:", fin.alive)
gc.collect()
print(log, "alive:", fin.alive)
log.clear()

wd = weakref.WeakValueDictionary()
for i in range(3):
    o = Obj(i)
    o.me = o
    wd[i] = o
del o
print("weak values before:", sorted(wd.keys()))
gc.collect()
print("weak values after:", sorted(wd.keys()))
print("end")
