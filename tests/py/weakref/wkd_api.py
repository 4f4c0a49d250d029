# WeakKeyDictionary: the whole mapping API with living and dying keys.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


ks = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary()
for i, k in enumerate(ks):
    d[k] = i
print(len(d), sorted(d.values()), sorted(k.n for k in d), sorted(k.n for k in d.keys()))
print(sorted((k.n, v) for k, v in d.items()))
print(d[ks[1]], d.get(ks[2]), d.get(K(9)), d.get(K(9), "x"), ks[3] in d, K(3) in d, 5 in d)
try:
    d[K(9)]
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
del ks[0]
print(len(d), sorted(d.values()))
print(d.pop(ks[0]), len(d))
try:
    d.pop(ks[0])
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
print(d.pop(ks[0], "dflt"), d.setdefault(ks[1], 100), d.setdefault(ks[0], 50), d[ks[0]])
k, v = d.popitem()
print(type(k).__name__, v in (1, 2, 3, 4, 50), len(d))
c = d.copy()
print(type(c).__name__, len(c) == len(d))
print(len(d.__copy__()) == len(d))
n = K(7)
d.update({n: 7})
d.update([(ks[0], "u")])
print(d[n], d[ks[0]])
m = d | {n: "or"}
print(type(m).__name__, m[n], d[n])
rm = {n: "left", ks[0]: "l0"} | d
print(type(rm).__name__, rm[n], rm[ks[0]])
d |= {n: "ior"}
print(d[n])
del n
print(len(d))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(1 in d, "s" in d)
kr = d.keyrefs()
print(len(kr) == len(d), all(r() in d for r in kr))
d.clear()
print(len(d), list(d.items()))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del d[ks[0]]
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
