# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear, keys/values/items,
# with every argument form and every error.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get([]))
show(lambda: d.get(key="a"))
print(d.setdefault("c", 3), d.setdefault("c", 4), d.setdefault("n"), d)
show(lambda: d.setdefault())
show(lambda: d.setdefault({}, 1))
print(d.pop("n"), d.pop("zz", "dflt"), d)
show(lambda: d.pop("zz"))
show(lambda: d.pop())
show(lambda: d.pop(1, 2, 3))
show(lambda: d.pop([]))
show(lambda: d.pop([], 5))
print(d.popitem(), d)
show(lambda: {}.popitem())
show(lambda: d.popitem(1))
e = {}
e.update({"x": 1})
e.update([("y", 2), ["z", 3]])
e.update(w=4)
e.update({"x": 0}, v=5)
e.update(zip("pq", (7, 8)))
e.update()
print(e)
show(lambda: e.update(1))
show(lambda: e.update([1]))
show(lambda: e.update(["abc"]))
show(lambda: e.update([(1, 2, 3)]))
show(lambda: e.update([(1, 2), (3,)]))
show(lambda: e.update({}, {}))
show(lambda: e.update([([], 1)]))
class KeysOnly:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
e.update(KeysOnly())
print(e)
class BadKeys:
    def keys(self): return 5
show(lambda: e.update(BadKeys()))
class NoGetitem:
    def keys(self): return ["a"]
show(lambda: e.update(NoGetitem()))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(5))
show(lambda: dict.fromkeys([[]]))
class D(dict):
    pass
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1), type({}.fromkeys("a")).__name__)
print(dict.fromkeys({"a": 1, "b": 2}), dict.fromkeys({3, 1}), dict.fromkeys(D(q=1)))
f = {"a": [1]}
g = f.copy()
g["a"].append(2)
g["b"] = 0
print(f, g, type(D(a=1).copy()).__name__)
show(lambda: f.copy(1))
g.clear()
print(g, len(g))
show(lambda: g.clear(1))
print(list(d.keys()), list(d.values()), list(d.items()))
show(lambda: d.keys(1))
# constructor forms
print(dict(), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1)], a=2), dict(zip("ab", "cd")), dict({1: 2}.items()))
show(lambda: dict(1))
show(lambda: dict([1, 2]))
show(lambda: dict(["ab", "cde"]))
show(lambda: dict({}, {}))
show(lambda: dict([("a",)]))
show(lambda: dict([[1, 2], (3, 4, 5)]))
show(lambda: dict(**{1: 2}))
print(dict(**{"a": 1}, b=2))
show(lambda: dict(None))
print(dict(KeysOnly()))
# __getitem__, __missing__, __delitem__, __contains__
show(lambda: {}["x"])
show(lambda: {}[(1, 2)])
show(lambda: {}[()])
show(lambda: {}[[]])
def delmissing():
    x = {}
    del x["k"]
show(delmissing)
class M(dict):
    def __missing__(self, k):
        return k * 2
m = M(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)
class BadMissing(dict):
    def __missing__(self, k):
        raise LookupError("no " + k)
show(lambda: BadMissing()["q"])
print(1 in {1: 2}, 2 in {1: 2}, 1.0 in {1: 2}, True in {1: 2})
show(lambda: [] in {})
print({}.__contains__(1), {1: 2}.__getitem__(1), {}.__len__(), {1: 1}.__sizeof__() > 0)
# keys equal but not identical: the first key object is kept
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k)
# d[k] = v with a key whose hash or eq fails
class BadHash:
    def __hash__(self): raise ZeroDivisionError("hash")
show(lambda: {BadHash(): 1})
show(lambda: {}.get(BadHash()))
show(lambda: BadHash() in {})
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq")
h = {1: "one"}
show(lambda: h[BadEq()])
show(lambda: h.get(BadEq()))
