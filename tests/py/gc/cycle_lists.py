# Lists that reach themselves live on after their last name goes, until gc.collect().
import gc
import weakref

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  marker gone:", self.name)


lst = [Marker("self-list")]
lst.append(lst)
print(repr(lst)[-6:])
del lst
print("before collect")
print("collected:", gc.collect())

a = [Marker("a")]
b = [Marker("b"), a]
a.append(b)
del a, b
print("before collect")
print("collected:", gc.collect())

ring = [[Marker("ring")]]
for _ in range(9):
    ring.append([ring[-1]])
ring[0].append(ring[-1])
del ring
print("before collect")
print("collected:", gc.collect())

keep = [Marker("kept")]
keep.append(keep)
print("reachable stays:", gc.collect(), len(keep))
keep.clear()
print("cleared by hand")


class Box:
    pass


b = Box()
r = weakref.ref(b)
b.items = [b, [b, (b,)]]
del b
print("alive before:", r() is not None)
gc.collect()
print("alive after:", r() is not None)
print("empty collect:", gc.collect())
