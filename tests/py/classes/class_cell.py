# Methods that use __class__ or super() get the class through a cell.
class Base:
    def whoami(self):
        return __class__.__name__

    def name(self):
        return "Base"


class Derived(Base):
    def whoami(self):
        return __class__.__name__ + " < " + super().whoami()

    def name(self):
        return "Derived/" + super().name()


print(Base().whoami(), Derived().whoami(), Derived().name())
f = Derived.whoami
print(f(Derived()))


class Outer:
    def get(self):
        class Inner:
            def get(self):
                return __class__.__qualname__
        return __class__.__qualname__, Inner().get()


print(Outer().get())


class UsesLambda:
    def method(self):
        return (lambda: __class__)()


print(UsesLambda().method().__name__)


class Sneaky:
    def method(self):
        return __class__

    __class__ = "shadowed in namespace"


print(Sneaky().method().__name__, Sneaky.__dict__["__class__"] if "__class__" in Sneaky.__dict__ else "no entry")
try:
    class Meta(type):
        def __new__(mcls, name, bases, ns):
            ns.pop("__classcell__", None)
            return super().__new__(mcls, name, bases, ns)

    class Broken(metaclass=Meta):
        def method(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
