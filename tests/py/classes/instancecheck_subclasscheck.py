# isinstance/issubclass consult the metaclass's __instancecheck__/__subclasscheck__.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return all([hasattr(obj, m) for m in cls.required])

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return all([hasattr(sub, m) for m in cls.required])


class Sized(metaclass=DuckMeta):
    required = ("__len__",)


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(int, Sized))
print(isinstance("s", (int, Sized)), issubclass(str, (Sized, int)))


class Exact(Sized):
    pass


print(isinstance(Exact(), Exact))


class Proxy:
    def __init__(self, target):
        self._t = target

    @property
    def __class__(self):
        return type(self._t)


px = Proxy(5)
print(isinstance(px, int), isinstance(px, Proxy), type(px).__name__, px.__class__.__name__)


class AlwaysTrue(type):
    def __instancecheck__(cls, obj):
        return 1


class Anything(metaclass=AlwaysTrue):
    pass


print(isinstance(None, Anything), isinstance(None, (Anything,)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
