# Weak references to objects in garbage cycles are cleared before any finalizer runs, and
# their callbacks run when the collector frees the cycle; a reference that is garbage
# itself calls nothing back.
import gc
import weakref

gc.collect()
gc.disable()
events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        events.append("del %s (ref alive: %s)" % (self.name, watcher() is not None))


a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
watcher = weakref.ref(a, lambda r: events.append("callback for a"))
del a, b
print("before collect:", watcher() is not None, events)
gc.collect()
print("after collect:", watcher(), sorted(events))

events.clear()
c = Node("c")
c.peer = c
c.selfref = weakref.ref(c, lambda r: events.append("never"))
del c
gc.collect()
print("garbage reference:", [e for e in events if e == "never"])


class Holder:
    pass


h = Holder()
k = Holder()
r = weakref.ref(h, lambda ref: print("callback sees", ref() is None))
del h
print("refcount death done")


class Bad:
    def __call__(self, ref):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Bad callback>"


rk = weakref.ref(k, Bad())
del k
print("continued after the failing callback")
gc.enable()
