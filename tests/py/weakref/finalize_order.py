# finalize: several finalizers on one object run newest first; on several objects in the
# order the objects die; a finalizer can be called early; detach returns the arguments.
import weakref

log = []


class O:
    def __init__(self, name):
        self.name = name


objs = [O(n) for n in "abc"]
fins = []
for o in objs:
    for k in range(2):
        fins.append(weakref.finalize(o, log.append, (o.name, k)))
del o
print([f.alive for f in fins])
objs.pop(1)
print(log)
objs.pop()
print(log)
print(fins[0](), log[-1], fins[0].alive)
del objs[0]
print(log, [f.alive for f in fins])

# A finalizer holding a reference to its object would keep it alive: it is passed
# other arguments instead.
log.clear()
holder = O("h")
f = weakref.finalize(holder, log.append, holder.name)
print(f.peek()[2], f.peek()[3])
holder = None
print(log, f.alive, f.peek())

# A finalizer on a cycle runs when gc collects it.
import gc
a = O("cyc")
a.me = a
f = weakref.finalize(a, log.append, "cycle")
del a
print(f.alive)
gc.collect()
print(log[-1], f.alive)
