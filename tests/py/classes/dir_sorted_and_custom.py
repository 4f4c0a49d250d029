# dir() of instances, classes and objects with __dir__, and vars() errors.
class Base:
    b = 1

    def method(self):
        pass


class Derived(Base):
    d = 2

    def __init__(self):
        self.inst = 3


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


o = Derived()
names = [n for n in dir(o) if not n.startswith("__")]
print(names)
print([n for n in dir(Derived) if not n.startswith("__")])
print("inst" in dir(Derived))
print(dir(Custom()))
print(sorted(vars(o)))
print(vars(Derived)["d"])
print("b" in vars(Derived))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print("__init__" in dir(Derived))
