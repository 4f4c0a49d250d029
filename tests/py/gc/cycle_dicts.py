# Dict cycles: dicts holding themselves, each other, and instances whose __dict__ points back.
import gc
import weakref

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  marker gone:", self.name)


d = {"m": Marker("self-dict")}
d["self"] = d
print(d["self"]["self"] is d, repr(d)[-10:])
del d
print("before collect")
print("collected:", gc.collect())

d1 = {"m": Marker("d1")}
d2 = {"m": Marker("d2"), "peer": d1}
d1["peer"] = d2
del d1, d2
print("before collect")
print("collected:", gc.collect())


class Obj:
    pass


o = Obj()
o.name = "o"
o.ns = {"owner": o, "m": Marker("in-ns")}
wr = weakref.ref(o)
del o
print("before:", wr() is not None)
gc.collect()
print("after:", wr() is not None)

k = Obj()
k.table = {k: Marker("key-cycle")}
wr = weakref.ref(k)
del k
print("before:", wr() is not None)
gc.collect()
print("after:", wr() is not None)

nested = {"a": {"b": {"c": {}}}}
nested["a"]["b"]["c"]["top"] = nested
nested["a"]["m"] = Marker("nested")
del nested
print("before collect")
print("collected:", gc.collect())

data = {i: [i] for i in range(5)}
print("dict of lists tracked:", gc.is_tracked(data), "atomic dict:", gc.is_tracked({1: 2}))
print("no cycle, nothing collected:", gc.collect())
