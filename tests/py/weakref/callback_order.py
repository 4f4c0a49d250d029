# Callback order on death: newest first; the argument is the reference itself; a callback
# receives a dead reference; callbacks raising exceptions do not stop the others.
import weakref


class O:
    pass


log = []
o = O()
refs = []
for i in range(5):
    refs.append(weakref.ref(o, lambda r, i=i: log.append((i, r is refs[i], r()))))
plain = weakref.ref(o)
print(len(refs), weakref.getweakrefcount(o))
del o
print(log)
print(plain(), [r() for r in refs])

# The same callback shared by several references.
log = []
def cb(r):
    log.append(("cb", r() is None))
o = O()
r1 = weakref.ref(o, cb)
r2 = weakref.ref(o, cb)
print(r1 is r2, r1 == r2)
del o
print(log)

# A callback whose reference died first is never called.
log = []
o = O()
r = weakref.ref(o, lambda x: log.append("called"))
del r
del o
print(log)

# Callback that resurrects nothing but creates new refs to other objects.
log = []
keep = O()
o = O()
def cb2(r):
    log.append(weakref.ref(keep)() is keep)
r = weakref.ref(o, cb2)
del o
print(log, r.__callback__)
