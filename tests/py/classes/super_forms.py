# super() with no arguments, with (type, obj) and with (type, type).
class Base:
    def greet(self):
        return f"Base.greet({type(self).__name__})"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

    @property
    def prop(self):
        return "Base.prop"


class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()

    @classmethod
    def make(cls):
        return "Mid>" + super().make()

    @property
    def prop(self):
        return "Mid>" + super().prop


class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Mid, self).greet()


leaf = Leaf()
print(leaf.greet(), Mid().greet())
print(Leaf.make(), Mid.make(), leaf.make())
print(leaf.prop)
print(super(Leaf, leaf).greet(), super(Mid, Leaf).make())
s = super(Mid, leaf)
print(s, s.__thisclass__.__name__, s.__self__ is leaf, s.__self_class__.__name__)
unbound = super(Mid)
print(unbound, unbound.__self__)
print(super(Mid, leaf).__class__.__name__)


def outside(self):
    return super(Leaf, self).greet()


print(outside(leaf))
try:
    super(Leaf, 1)
except TypeError as e:
    print(e)
try:
    super(1, leaf)
except TypeError as e:
    print(e)
try:
    super()
except RuntimeError as e:
    print(e)


class Nested:
    def method(self):
        def inner():
            return super(Nested, self).__repr__.__name__
        return inner()

    def uses_class(self):
        return __class__.__name__


print(Nested().method(), Nested().uses_class())


class NoArg:
    def f():
        return super()


try:
    NoArg.f()
except RuntimeError as e:
    print(e)
