# User descriptors: data descriptors beat the instance dict, non-data ones do not.
class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return "Data on class"
        return "data descriptor"

    def __set__(self, obj, value):
        print("Data.__set__", value)

    def __delete__(self, obj):
        print("Data.__delete__")


class NonData:
    def __get__(self, obj, owner=None):
        return ("non-data", owner.__name__)


class Holder:
    d = Data()
    n = NonData()


h = Holder()
h.__dict__["d"] = "instance value"
h.__dict__["n"] = "instance value"
print(h.d, h.n)
print(Holder.d, Holder.n)
h.d = 5
del h.d
h.n = "assigned"
print(h.n, h.__dict__["n"])
del h.n
print(h.n)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}")
        setattr(obj, self.private, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name, self.age = name, age


p = Person("Ada", 36)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(Person.name).__name__, Person.age.private)


class OnlyGet:
    def __get__(self, obj, owner):
        return 7


class UsesIt:
    x = OnlyGet()


u = UsesIt()
u.x = 8
print(u.x, UsesIt.x)


class GetNone:
    def __get__(self, *args):
        return len(args), args[0] is None


class U2:
    g = GetNone()


print(U2.g, U2().g)
