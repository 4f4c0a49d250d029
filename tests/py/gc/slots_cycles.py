# Instances of classes with __slots__ (no __dict__) take part in cycles through their slots.
import gc
import weakref

gc.disable()
gc.collect()


class Link:
    __slots__ = ("name", "next", "__weakref__")

    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("  del", self.name)


a, b, c = Link("a"), Link("b"), Link("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("before collect")
print("collected:", gc.collect())


class Bare:
    __slots__ = ("ref", "__weakref__")


x = Bare()
x.ref = x
wr = weakref.ref(x)
del x
print("alive:", wr() is not None)
print("collected:", gc.collect())
print("alive after:", wr() is not None)


class Mixed:
    __slots__ = ("slot", "__dict__", "__weakref__")


m = Mixed()
m.slot = [m]
m.extra = {"back": m}
wr = weakref.ref(m)
del m
print("mixed alive:", wr() is not None)
gc.collect()
print("mixed alive after:", wr() is not None)


class Base:
    __slots__ = ("left",)


class Derived(Base):
    __slots__ = ("right", "__weakref__")

    def __del__(self):
        print("  derived del, left is self:", self.left is self, "right:", self.right)


d = Derived()
d.left = d
d.right = "r"
del d
gc.collect()

unset = Link("unset-slot")
del unset.name
try:
    unset.name
except AttributeError as e:
    print(type(e).__name__, e)
unset.name = "reset"
unset.next = unset
del unset
gc.collect()

print("slots instances tracked:", gc.is_tracked(Bare()), gc.is_tracked(Link("t")))
print("referents include slot values:", end=" ")
p = Link("p")
q = Link("q")
p.next = q
print(q in gc.get_referents(p))
p.next = None
del p, q
print("end")
