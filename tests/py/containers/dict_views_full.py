# dict views: keys/items set operations with any iterable, isdisjoint, membership, reversed,
# repr, mapping, len, comparisons, and live updates.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(repr(k), repr({}.keys()), repr({}.values()), repr({}.items()))
print(len(k), len(v), len(it), "a" in k, "z" in k, 1 in v, 9 in v, ("a", 1) in it, ("a", 2) in it)
print(("a",) in it, "a" in it, ["a", 1] in it, (["x"], 1) in it if False else None)
show(lambda: [] in k)
show(lambda: ([], 1) in it)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"})
print(k & ["b", "q"], k | ("x",), k - "ab", k ^ "cd")
print({"a", "z"} & k, ["z"] | k, "ab" - k, ("b", "y") ^ k)
print(it & {("a", 1)}, it | {("z", 0)}, it - {("a", 1)}, it ^ [("a", 1), ("q", 9)])
print(type(k & k).__name__, type(k | [1]).__name__, type(it - it).__name__)
show(lambda: k & 5)
show(lambda: k | None)
show(lambda: 5 - k)
show(lambda: it & 3)
show(lambda: v & v)
show(lambda: v | {1})
show(lambda: k & [[1]])
show(lambda: k | [[1]])
show(lambda: it - [[1]])
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), k.isdisjoint([]), it.isdisjoint([("a", 1)]), it.isdisjoint("xyz"))
show(lambda: k.isdisjoint(5))
show(lambda: k.isdisjoint())
show(lambda: k.isdisjoint([[1]]))
# comparisons behave like sets
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k != {"a"}, k < {"a", "b", "c", "d"}, k <= k, k > {"a"})
print(it == {("a", 1), ("b", 2), ("c", 3)}, it >= {("a", 1)}, it < it, {"a", "b"} < k)
print(k == d.keys(), v == v, v == d.values(), d.values() == d.values())
print(dict.fromkeys("abc").keys() == k, {"x": 1}.items() == {"x": 1}.items())
# reversed views
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed({}.keys())))
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(list(reversed(d)), type(reversed(d)).__name__)
# mapping attribute
print(k.mapping, v.mapping, it.mapping, type(k.mapping).__name__)
show(lambda: k.mapping.__setitem__("x", 1))
show(lambda: setattr(k, "mapping", {}))
# live views
d["d"] = 4
print(k, len(v), list(it)[-1])
del d["a"]
print(k, v, it)
# views of views and sets
print(set(k), sorted(v), dict(it), list(zip(k, v)), tuple(k))
print(set(k) == k, frozenset(it) == it)
# view types
print(type(k).__name__, type(v).__name__, type(it).__name__)
show(lambda: type(k)())
show(lambda: hash(k) and None)
show(lambda: hash(v) and None)
# recursion in view repr
r = {}
r["self"] = r
print(r.keys(), r.values(), r.items())
# items view with unhashable values still works for iteration/contains
u = {"a": [1], "b": {2: 3}}
print(u.items(), ("a", [1]) in u.items(), ("b", {}) in u.items())
show(lambda: u.items() & {("a", 1)})
show(lambda: u.items() | set())
# dict keys views of subclasses
class D(dict):
    def keys(self): return ["custom"]
dd = D(x=1)
print(dd.keys(), dict.keys(dd), list(dd), dict(dd))
