# sys.getrefcount changes by exactly one for each new reference an operation keeps, and goes
# back when the holder lets go.
import sys


class Thing:
    pass


def delta(label, obj, op, undo=None):
    before = sys.getrefcount(obj)
    kept = op(obj)
    after = sys.getrefcount(obj)
    print(label, after - before)
    if undo is not None:
        undo(kept)
        print(label, "undone", sys.getrefcount(obj) - before)
    return kept


t = Thing()
base = sys.getrefcount(t)
print("fresh instance:", base)
lst = []
delta("list.append", t, lambda o: lst.append(o), lambda _: lst.clear())
delta("list *3", t, lambda o: [o] * 3, lambda k: k.clear())
delta("tuple", t, lambda o: (o, o), None)
print("temporary tuple gone:", sys.getrefcount(t) - base)
d = {}
delta("dict value", t, lambda o: d.__setitem__("k", o), lambda _: d.pop("k"))
delta("dict key", t, lambda o: d.__setitem__(o, 1), lambda _: d.clear())
holder = Thing()
delta("attribute", t, lambda o: setattr(holder, "x", o), lambda _: delattr(holder, "x"))
s = set()
delta("set.add", t, lambda o: s.add(o), lambda _: s.discard(t))
delta("set.add twice", t, lambda o: (s.add(o), s.add(o)), lambda _: s.clear())


def keep_in_closure(o):
    def inner():
        return o
    return inner


delta("closure", t, keep_in_closure, lambda k: None)
print("closure dropped:", sys.getrefcount(t) - base)
alias = t
print("alias:", sys.getrefcount(t) - base)
del alias
print("alias deleted:", sys.getrefcount(t) - base)
it = iter([t])
print("iterator:", sys.getrefcount(t) - base)
next(it)
print("iterator advanced:", sys.getrefcount(t) - base)
del it
m = t.__init__
print("bound method:", sys.getrefcount(t) - base)
del m
print("bound method dropped:", sys.getrefcount(t) - base)
print("type refs grow with instances:", end=" ")
before = sys.getrefcount(Thing)
many = [Thing() for _ in range(5)]
print(sys.getrefcount(Thing) - before)
del many
print("and shrink:", sys.getrefcount(Thing) - before)
try:
    sys.getrefcount()
except TypeError as e:
    print(type(e).__name__, e)
