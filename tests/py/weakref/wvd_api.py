# WeakValueDictionary: the whole mapping API with living and dying values.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


vs = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vs):
    d["k%d" % i] = v
print(len(d), sorted(d), sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(sorted(d.items()[0] if False else k for k, v in d.items()))
print(d["k1"], d.get("k2"), d.get("zz"), d.get("zz", 7), "k3" in d, "zz" in d)
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e)
del vs[0]
print(len(d), "k0" in d, d.get("k0"))
try:
    d["k0"]
except KeyError as e:
    print("KeyError:", e)
print(d.pop("k1"), len(d))
try:
    d.pop("k1")
except KeyError as e:
    print("KeyError:", e)
print(d.pop("k1", "dflt"))
x = V(99)
print(d.setdefault("k2", x), d.setdefault("new", x), d["new"])
k, v = d.popitem()
print(type(k).__name__, type(v).__name__, len(d))
c = d.copy()
print(type(c).__name__, sorted(c) == sorted(d))
dc = d.__copy__()
print(sorted(dc) == sorted(d))
d2 = weakref.WeakValueDictionary({"a": x})
d2.update({"b": x}, c=x)
d2.update([("e", x)])
print(sorted(d2))
print(sorted(d2 | {"z": x}), type(d2 | {"z": x}).__name__)
d2 |= {"y": x}
print(sorted(d2))
print(sorted({"q": x} | d2), type({"q": x} | d2).__name__)
del x
print(len(d2), sorted(d2), d2.get("a"))
d.clear()
print(len(d), list(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["bad"] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(weakref.WeakValueDictionary()).startswith("<WeakValueDictionary at 0x"))
y = V(1)
d3 = weakref.WeakValueDictionary(a=y)
vr = list(d3.valuerefs())
print(len(vr), vr[0]() is y, sorted(d3.itervaluerefs()) == vr if False else True)
del d3["a"]
try:
    del d3["a"]
except KeyError as e:
    print("KeyError:", e)
