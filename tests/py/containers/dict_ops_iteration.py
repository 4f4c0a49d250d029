# dict operators (| |= == !=), iteration while mutating, repr recursion, order preservation.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
c |= {"v": 9}.items()
print(c)
show(lambda: a | [("q", 1)])
show(lambda: a | None)
show(lambda: [("q", 1)] | a)
def ior_bad():
    x = {}
    x |= 5
show(ior_bad)
def ior_bad2():
    x = {}
    x |= [1]
show(ior_bad2)
class D(dict):
    pass
print(type(D(a=1) | {}).__name__, type({} | D(a=1)).__name__)
print(a.__or__([1]), a.__ror__({}))
print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
show(lambda: {} < {})
show(lambda: {1: 2} <= {1: 2})
nan = float("nan")
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
n = nan
print({1: n} == {1: n}, {n: 1} == {n: 1})
# order and re-insertion
o = {}
for ch in "hello world":
    o[ch] = o.get(ch, 0) + 1
print(o, list(o))
del o["l"]
o["l"] = 0
print(list(o))
o["h"] = 99
print(list(o)[0], o["h"])
# mutation during iteration
def add_while_iterating():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
show(add_while_iterating)
def del_while_iterating():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
show(del_while_iterating)
def change_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 0
show(change_keys)
def values_while():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.pop(1)
show(values_while)
def items_while():
    d = {1: 1, 2: 2}
    for kv in d.items():
        d.clear()
show(items_while)
def modify_value_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    return d
show(modify_value_ok)
def reversed_while():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[9] = 9
show(reversed_while)
def keys_iter_after_clear():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d.clear()
    return list(it)
show(keys_iter_after_clear)
def exhausted_stays():
    d = {1: 1}
    it = iter(d)
    list(it)
    d[2] = 2
    return list(it)
show(exhausted_stays)
# length_hint of dict iterators
d = {i: i for i in range(5)}
it = iter(d)
next(it)
print(it.__length_hint__(), iter(d.values()).__length_hint__(), iter(d.items()).__length_hint__())
print(reversed(d).__length_hint__() if hasattr(reversed(d), "__length_hint__") else "no hint")
# repr recursion and nesting
r = {}
r[1] = r
r[2] = [r]
print(r, str(r))
s = {"a": {"b": {}}}
s["a"]["b"]["c"] = s
print(s)
class K:
    def __repr__(self): return "K()"
    def __hash__(self): return 7
print({K(): K()}, {(1, 2): [3]}, {None: None, True: False, 1.5: "x"})
class BadRepr:
    def __repr__(self): raise ValueError("bad")
show(lambda: repr({1: BadRepr()}))
show(lambda: repr({BadRepr(): 1}))
# dict comprehension and unpacking
print({k: v for k, v in zip("abc", range(3))}, {**a, "new": 1}, {**{}, **{1: 2}})
# key of various hash types
m = {1: "a", 2.5: "b", "s": "c", (1, 2): "d", frozenset([1]): "e", None: "f", b"x": "g"}
print(m[1.0], m[2.5], m[(1, 2)], m[frozenset({1})], m[None], m[b"x"], len(m))
# popitem order (LIFO) and clear
p = {1: 1, 2: 2, 3: 3}
print(p.popitem(), p.popitem(), p)
# big dict
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big), big[999], list(big)[:5])
