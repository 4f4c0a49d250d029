# vars() and dir() of instances and classes, and a custom __dir__.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Thing(Base):
    kind = "thing"

    def __init__(self):
        self.a = 1
        self.b = 2

    def method(self):
        pass


t = Thing()
print(vars(t), t.__dict__ is vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print([n for n in sorted(vars(Thing)) if not n.startswith("__")])
print("__init__" in dir(t), "__class__" in dir(t), "__dict__" in dir(Thing))
print(type(vars(Thing)).__name__)


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]


print(dir(Custom()))


class TupleDir:
    def __dir__(self):
        return ("b", "a")


print(dir(TupleDir()))
for obj in (1, "s", None):
    try:
        vars(obj)
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ("s",)


try:
    vars(Slotted())
except TypeError as e:
    print(e)
t.__dict__ = {"replaced": True}
print(vars(t), t.replaced)
try:
    t.__dict__ = 5
except TypeError as e:
    print(e)
