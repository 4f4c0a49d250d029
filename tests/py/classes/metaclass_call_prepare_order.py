# The order of metaclass __prepare__, body, __new__, __init__, and __call__ for instances.
class Ordered(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  body sets", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Ordered()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        print("built", type(inst).__name__)
        return inst


class Thing(metaclass=Meta, flavor="x"):
    b = 1
    a = 2

    def __init__(self, v):
        print("Thing.__init__", v)


t = Thing(5)
print(type(Thing).__name__, type(t).__name__)


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    pass


print(Config() is Config())
