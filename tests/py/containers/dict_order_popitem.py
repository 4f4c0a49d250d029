# dict insertion order through deletions, re-insertions, popitem, setdefault, copies and
# resizes; reversed() after deletions; equality ignores order.
d = {}
for i in range(20):
    d[i] = i
for i in range(0, 20, 3):
    del d[i]
print(list(d), list(reversed(d)))
d[0] = "back"
d[1] = "kept position"
print(list(d)[:3], list(d)[-2:], d[1])
print([d.popitem() for _ in range(3)], len(d))
e = dict.fromkeys("abcdef", 0)
del e["c"]
e.setdefault("c", 1)
e.setdefault("a", 2)
print(e, list(e.items())[-1])
c = e.copy()
c.pop("a")
c["a"] = 9
print(list(e), list(c), e == c, e == dict(reversed(list(e.items()))))
# grow then shrink: order survives many resizes
g = {}
for i in range(1000):
    g[str(i)] = i
for i in range(0, 1000, 2):
    del g[str(i)]
print(len(g), list(g)[:3], list(g)[-3:], list(reversed(g))[:2])
for i in range(0, 1000, 2):
    g[str(i)] = -i
print(len(g), list(g)[498:502])
# popitem is LIFO, even after updates of existing keys
p = {"x": 1, "y": 2, "z": 3}
p["x"] = 10
print(p.popitem(), p.popitem(), p)
# clear then reuse
p.clear()
p["new"] = 1
print(p, list(reversed(p)))
# keys of mixed types keep order; equal keys keep the first key object
m = {1: "a", "1": "b", (1,): "c", 1.0: "d", True: "e"}
print(m, list(m.keys()))
# dict built from sorted/unsorted data, then compared
import_order = dict(zip("zyx", range(3)))
print(import_order, sorted(import_order), dict(sorted(import_order.items())))
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
# update keeps positions of existing keys
u = {"a": 1, "b": 2}
u.update({"b": 20, "c": 30, "a": 10})
print(u)
u |= {"d": 4, "a": 0}
print(u, list(reversed(u.items())))
