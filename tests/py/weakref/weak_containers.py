# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose objects die, and
# behave as their strong counterparts otherwise.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%r)" % self.name


cache = weakref.WeakValueDictionary()
objs = [Obj(n) for n in "abcd"]
for o in objs:
    cache[o.name] = o
print(len(cache), sorted(cache.keys()), cache["b"], "c" in cache, cache.get("z", "none"))
del o
objs.pop(1)
print(len(cache), sorted(cache), "b" in cache, cache.get("b"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(v.name for v in cache.values()), sorted(k for k, v in cache.items()))
print(cache.pop("a"), len(cache), cache.setdefault("a", objs[0]), len(cache))
objs.clear()
print(len(cache), list(cache.items()))

meta = weakref.WeakKeyDictionary()
keys = [Obj(n) for n in "xyz"]
for i, k in enumerate(keys):
    meta[k] = i
print(len(meta), meta[keys[1]], keys[2] in meta, sorted(meta.values()))
del k
keys.pop(0)
print(len(meta), sorted(o.name for o in meta.keys()), meta.get(keys[0]))
del meta[keys[0]]
print(len(meta), [(k.name, v) for k, v in meta.items()])

ws = weakref.WeakSet()
members = [Obj(n) for n in "pqr"]
for m in members:
    ws.add(m)
del m
print(len(ws), members[0] in ws, Obj("p") in ws, 5 in ws)
members.pop()
print(len(ws), sorted(o.name for o in ws))
ws.discard(members[0])
print(len(ws), ws.pop().name, len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)


class Node:
    def __init__(self):
        self.me = self


n = Node()
wv = weakref.WeakValueDictionary({"n": n})
del n
print("cycle still there:", len(wv))
gc.collect()
print("after collect:", len(wv))
