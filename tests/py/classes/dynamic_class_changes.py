# Assigning or deleting dunders on a class after creation changes its instances' behaviour,
# including instances of subclasses that do not override them.
class Thing:
    def __init__(self, v):
        self.v = v


class SubThing(Thing):
    pass


t, s = Thing(2), SubThing(3)
try:
    t + 1
except TypeError as e:
    print(e)
Thing.__add__ = lambda self, o: self.v + o
Thing.__len__ = lambda self: self.v
Thing.__repr__ = lambda self: f"<{type(self).__name__} {self.v}>"
print(t + 1, s + 1, len(t), len(s), t, s, bool(Thing(0)))
SubThing.__add__ = lambda self, o: "sub add"
print(t + 1, s + 1)
del Thing.__add__
print(s + 1)
try:
    t + 1
except TypeError as e:
    print(e)
Thing.__eq__ = lambda self, o: self.v == getattr(o, "v", o)
print(t == 2, t == Thing(2), s == 3, Thing.__hash__ is not None)
Thing.__hash__ = None
try:
    hash(t)
except TypeError as e:
    print(e)
Thing.__hash__ = lambda self: 99
print(hash(t), hash(s))
Thing.__iter__ = lambda self: iter(range(self.v))
print(list(t), list(s), 1 in s)
Thing.__getitem__ = lambda self, i: i * self.v
Thing.__call__ = lambda self, *a: ("called", a)
print(t[5], s[5], t(1, 2))
Thing.__bool__ = lambda self: False
print(bool(t), bool(s))
Thing.__getattr__ = lambda self, name: "dyn:" + name
print(t.whatever, s.other)
del Thing.__getattr__
try:
    t.whatever
except AttributeError as e:
    print(e)
Thing.__lt__ = lambda self, o: self.v < o.v
print(sorted([Thing(3), Thing(1), SubThing(2)]))
Thing.helper = lambda self: "method added later"
print(t.helper(), s.helper())
