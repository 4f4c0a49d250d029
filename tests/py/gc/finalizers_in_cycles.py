# __del__ runs for objects in collected cycles, once each (PEP 442), even when it resurrects
# the object; a resurrected object is not collected.
import gc

gc.collect()
gc.disable()


class Node:
    __slots__ = ("name", "other", "__weakref__")

    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name, "other:", self.other.name if self.other else None)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())

saved = []


class Phoenix:
    __slots__ = ("me", "lives")

    def __init__(self):
        self.me = self
        self.lives = 0

    def __del__(self):
        self.lives += 1
        print("phoenix __del__, lives:", self.lives)
        saved.append(self)


Phoenix()
print("collected:", gc.collect())
p = saved.pop()
print("resurrected:", p.lives, gc.is_finalized(p))
del p
print("collected again:", gc.collect())


class Loud:
    __slots__ = ("me",)

    def __init__(self):
        self.me = self

    def __del__(self):
        print("loud __del__")


x = Loud()
print("gc.is_finalized before:", gc.is_finalized(x))
del x
print("collected:", gc.collect())
gc.enable()
