# dict subclasses: which overridden methods the built-in operations call, as in CPython.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Loud(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def keys(self):
        print("keys")
        return super().keys()
    def __iter__(self):
        print("iter")
        return super().__iter__()
d = Loud()
d["a"] = 1
d.update(b=2)
d.update({"c": 3})
d.setdefault("e", 5)
print(d, d.get("a"), len(d))
print(Loud.fromkeys("xy", 0))
print(dict(d))
print({**d})
e = {}
e.update(d)
print(e)
print(dict(d.items()), d | {}, {} | d)
x, *rest = d
print(x, rest)
# a subclass with keys() but not __getitem__ override, and one overriding __iter__ only
class Keyed(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "val-" + k
k = Keyed(a=1, only=2)
print(dict(k), {**k}, dict(**k) if False else None)
f = {}
f.update(k)
print(f)
class IterOnly(dict):
    def __iter__(self):
        return iter(["a"])
io = IterOnly(a=1, b=2)
print(dict(io), list(io), {**io})
# __missing__ only for __getitem__
class Default(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
dd = Default()
dd["x"].append(1)
dd["y"]
print(dd, dd.get("z"), "z" in dd)
show(lambda: dd.pop("q"))
# __eq__ and __hash__ of subclasses
class H(dict):
    def __hash__(self): return 42
print(hash(H()), H(a=1) == {"a": 1}, {"a": 1} == H(a=1))
# __repr__ of subclasses uses dict's repr unless overridden
class R(dict):
    pass
print(R(a=1), repr(R()), str(R(b=[])))
class RR(dict):
    def __repr__(self): return "RR" + super().__repr__()
print(RR(z=1), [RR()])
# __init__ called with kwargs; __new__ without
class Init(dict):
    def __init__(self, *a, **kw):
        print("init", a, kw)
        super().__init__(*a, **kw)
print(Init([(1, 2)], x=3))
print(type(Init().copy()).__name__)
show(lambda: dict.__init__(5))
show(lambda: dict.__new__(int))
show(lambda: dict.keys(5))
# class with __getitem__ and keys (not a dict) as a mapping
class Mapping:
    def __init__(self): self.d = {"p": 1, "q": 2}
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k] * 100
print(dict(Mapping()), {**Mapping()})
def fkw(**kw): return kw
print(fkw(**Mapping()))
class NotMapping:
    pass
show(lambda: {**NotMapping()})
show(lambda: fkw(**NotMapping()))
show(lambda: fkw(**{1: 2}))
show(lambda: fkw(a=1, **{"a": 2}))
