# Reference cycles among built-in containers are freed only by gc.collect(), which returns how
# many unreachable objects it found.
import gc

gc.collect()
gc.disable()

l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

a = [1]
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())

l = [0]
t = (l,)
l[0] = t
del l, t
print("list and tuple:", gc.collect())

ring = [[] for _ in range(10)]
for i, node in enumerate(ring):
    node.append(ring[(i + 1) % 10])
del ring, node
print("ring of ten lists:", gc.collect())

keep = []
keep.append(keep)
print("reachable cycle:", gc.collect(), len(keep))
del keep
print("once dropped:", gc.collect())

s = set()
f = [s]
holder = [f]
f.append(f)
del f, s
print("cycle kept by holder:", gc.collect())
holder.clear()
print("after clearing the holder:", gc.collect())
gc.enable()
