# __prepare__ supplies the class namespace; __call__ controls instantiation.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Form(metaclass=Ordered, style="wide"):
    zeta = 1
    alpha = 2

    def mid(self):
        pass

    beta = 3


print(Form.field_order)
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.value)


class NoInstances(type):
    def __call__(cls, *args):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Abstractish(metaclass=NoInstances):
    pass


try:
    Abstractish()
except TypeError as e:
    print(e)
