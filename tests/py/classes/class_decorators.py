# Class decorators receive the finished class and may replace it.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def with_attrs(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco


@register
@add_repr
@with_attrs(version=2, kind="point")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point.version, Point.kind, registry)


def replace(cls):
    return "not a class any more"


@replace
class Gone:
    pass


print(Gone)


def singleton(cls):
    instance = cls()
    return instance


@singleton
class Settings:
    debug = False


print(type(Settings).__name__, Settings.debug)


def counted(cls):
    original = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        original(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


@counted
class Widget:
    def __init__(self, name):
        self.name = name


Widget("a"), Widget("b")
print(Widget.instances, Widget("c").name, Widget.instances)
