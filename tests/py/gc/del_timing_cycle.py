# An object in a reference cycle is finalized only when the collector runs, not when the last
# outside reference goes away.
import gc

gc.disable()
gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("self cycle")
a = Noisy("self")
a.me = a
del a
print("  nothing yet")
print("collect:", gc.collect())
print("two-object cycle")
x, y = Noisy("x"), Noisy("y")
x.other, y.other = y, x
del x, y
print("  nothing yet")
gc.collect()
print("cycle through a list")
n = Noisy("listed")
n.box = [n]
del n
print("  nothing yet")
gc.collect()
print("cycle through a dict")
n = Noisy("dicted")
n.map = {"me": n}
del n
gc.collect()
print("cycle keeps an acyclic child alive")
p = Noisy("parent")
p.me = p
p.child = Noisy("child")
del p
print("  nothing yet")
gc.collect()
print("breaking the cycle by hand finalizes at once")
q = Noisy("manual")
q.me = q
q.me = None
del q
print("  already done")
print("a collection with nothing to do:", gc.collect())
print("gc.disable does not stop refcounting")
z = Noisy("refcounted")
del z
print("end")
