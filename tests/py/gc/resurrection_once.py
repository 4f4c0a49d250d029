# __del__ runs at most once per object (PEP 442), whether the object died by refcount or in a
# cycle, even when __del__ resurrects it.
import gc

gc.disable()
gc.collect()
graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print("  __del__", self.name, "call", self.deaths)
        graveyard.append(self)


print("refcount death, resurrected")
p = Phoenix("refcount")
del p
back = graveyard.pop()
print("back:", back.name, back.deaths, gc.is_finalized(back))
print("second death: no __del__")
del back
print("gone for good")

print("cycle death, resurrected")
p = Phoenix("cycle")
p.me = p
del p
print("collected:", gc.collect())
back = graveyard.pop()
print("back:", back.name, back.deaths, "cycle intact:", back.me is back)
del back
print("second collection: no __del__:", gc.collect() >= 0)

print("two in a cycle, one resurrects the pair")
a, b = Phoenix("a"), Phoenix("b")
a.peer, b.peer = b, a
del a, b
gc.collect()
print("graveyard:", sorted(x.name for x in graveyard))
print("peers still linked:", graveyard[0].peer.peer is graveyard[0])
graveyard.clear()
print("collect again:", gc.collect() >= 0)


class Lazarus:
    saved = None

    def __del__(self):
        print("  Lazarus.__del__")
        Lazarus.saved = self


Lazarus()
print("saved:", type(Lazarus.saved).__name__, gc.is_finalized(Lazarus.saved))
Lazarus.saved = None
print("dropped again, silently")


class Temporary:
    def __del__(self):
        print("  temporary resurrection, then dropped")
        tmp = self  # a new reference that goes away before __del__ returns


Temporary()
print("end")
