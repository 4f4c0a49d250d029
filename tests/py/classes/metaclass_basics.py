# A metaclass's __new__ and __init__ build classes; its methods are class methods of them.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__({name}, {[b.__name__ for b in bases]}, kwargs={kwargs})")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Meta.__init__({name})")
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"class {cls.__name__} made by {type(cls).__name__}"

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class Base(metaclass=Meta):
    pass


class Child(Base, flag=1):
    pass


print(Base, Child, Base.created_by, Child.describe(), type(Child) is Meta)
print(isinstance(Child, Meta), isinstance(Child(), Base), hasattr(Child(), "describe"))
print(Meta.__mro__, type(Meta))
Dyn = Meta("Dyn", (Base,), {"x": 1})
print(Dyn, Dyn.x, Dyn.__mro__)


class Counting(type):
    instances = 0

    def __call__(cls, *args, **kwargs):
        Counting.instances += 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = Counting.instances
        return obj


class Item(metaclass=Counting):
    def __init__(self, label):
        self.label = label


a, b = Item("a"), Item(label="b")
print(a.label, a.serial, b.label, b.serial, Counting.instances)
