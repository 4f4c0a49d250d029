# weakref.finalize: alive, peek, detach, calling, arguments, atexit attribute.
import weakref


class O:
    pass


log = []
def fin(*args, **kw):
    log.append((args, sorted(kw.items())))
    return "result"


o = O()
f = weakref.finalize(o, fin, 1, 2, k=3)
print(f.alive, f.atexit, f.peek()[1] is fin, f.peek()[2:], f.peek()[0] is o)
print(f(), f.alive, f(), f.peek(), f.detach(), log)
o2 = O()
g = weakref.finalize(o2, fin, "g")
d = g.detach()
print(d[0] is o2, d[1] is fin, d[2:], g.alive, g(), g.detach(), g.peek())
del o2
print(log)
o3 = O()
h = weakref.finalize(o3, fin, "h")
h.atexit = False
print(h.atexit)
del o3
print(h.alive, log[-1])
o4 = O()
i1 = weakref.finalize(o4, log.append, "first")
i2 = weakref.finalize(o4, log.append, "second")
i3 = weakref.finalize(o4, log.append, "third")
del o4
print(log[-3:])
try:
    weakref.finalize(1, fin)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.finalize(O())
except TypeError as e:
    print("TypeError:", e)
def bad():
    raise ValueError("boom")
import sys
caught = []
sys.excepthook_old = None
o5 = O()
j = weakref.finalize(o5, bad)
try:
    j()
except ValueError as e:
    print("ValueError:", e)
print(j.alive)
o6 = O()
k = weakref.finalize(o6, fin, func=1, obj=2)
del o6
print(log[-1])
print(repr(weakref.finalize(O(), fin)).startswith("<finalize object at 0x"))
