# dict operations: insertion order, get, setdefault, pop, popitem, update, delete and re-insert.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d))
d["b"] = 20
print(d)
del d["b"]
d["b"] = 200
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "default"))
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append(1)
print(d["new"])
print(d.pop("c"), d.pop("missing", None), d)
print(d.popitem(), d)
d.update({"x": 1, "a": "updated"})
d.update(y=2)
d.update([("z", 3)])
print(d)
print("a" in d, "zz" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
copy = d.copy()
copy["a"] = "changed"
print(d["a"], copy["a"])
d.clear()
print(d, len(d))
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, extra=True), dict())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({1: "a", 1.0: "b", True: "c"})
int_keys = {}
for k in [5, 3, 9, 1, 7]:
    int_keys[k] = k * k
print(int_keys, sorted(int_keys))
