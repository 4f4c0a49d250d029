# A bound method stored on its own instance is a cycle: instance -> __dict__ -> method ->
# __self__ -> instance.
import gc
import sys
import weakref

gc.disable()
gc.collect()


class Handler:
    def __init__(self, name):
        self.name = name
        self.callback = self.handle

    def handle(self):
        return "handled by " + self.name

    def __del__(self):
        print("  del", self.name)


h = Handler("h1")
print(h.callback())
print("method holds self:", h.callback.__self__ is h)
before = sys.getrefcount(h)
m = h.handle
print("fresh bound method adds one:", sys.getrefcount(h) - before)
del m
del h
print("before collect")
print("collected:", gc.collect())

hs = [Handler("list%d" % i) for i in range(3)]
callbacks = [x.callback for x in hs]
del hs
print("callbacks keep them alive:", [c() for c in callbacks])
del callbacks
print("before collect")
gc.collect()


class Registry:
    def __init__(self):
        self.hooks = []

    def register(self, fn):
        self.hooks.append(fn)


class Plugin:
    def __init__(self, reg, name):
        self.name = name
        self.reg = reg
        reg.register(self.run)

    def run(self):
        return self.name

    def __del__(self):
        print("  plugin del", self.name)


reg = Registry()
p1, p2 = Plugin(reg, "p1"), Plugin(reg, "p2")
print([hook() for hook in reg.hooks])
del p1, p2
print("registry keeps plugins:", len(reg.hooks))
wr = weakref.ref(reg)
del reg
print("registry has no cycle of its own? alive:", wr() is not None)
gc.collect()
print("alive after:", wr() is not None)

wm = weakref.WeakMethod(Handler("weakmethod").handle)
print("weak method dead at once:", wm() is None)
h = Handler("weak-held")
wm = weakref.WeakMethod(h.handle)
print(wm()())
h.callback = None
del h
print("weak method dead:", wm() is None)
print("the cycle of the first one remains until a collection")
gc.collect()
print("end")
