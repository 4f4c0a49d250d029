# weakref.proxy: attribute access, operators, items and calls go to the referent while it
# lives; ReferenceError after.
import weakref


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        return iter((self.x, self.y))

    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, -2)
p = weakref.proxy(v)
print(p.x, p.norm1(), p + Vec(1, 1), p == Vec(1, -2), str(p), len(p), p[1], list(p))
p.x = 10
print(v.x, bool(p), type(p).__name__, weakref.getweakrefcount(v), weakref.proxy(v) is p)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Counter(list):
    pass


c = Counter([3, 1, 2])
pc = weakref.proxy(c)
pc.append(0)
print(sorted(pc), 3 in pc, pc * 2, -weakref.proxy(Vec(1, 1)).x if False else "skip")


def square(n):
    return n * n


ps = weakref.proxy(square)
print(ps(7), type(ps).__name__, isinstance(ps, weakref.ProxyTypes))
del v
for action in (lambda: p.x, lambda: p + p, lambda: str(p), lambda: len(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
log = []
target = Vec(0, 0)
pp = weakref.proxy(target, lambda prox: log.append("proxy callback"))
del target
print(log)
