# Class decorators run after the class body, can mutate, replace or register the class.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        print("decorating", cls.__name__, "with", tag)
        return cls
    return deco


def replace(cls):
    return lambda *a: f"replaced {cls.__name__}{a}"


@register
@add_repr
@with_tag("v1")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


@replace
class Gone:
    pass


print(registry)
print(Point(1, "two"), Point.tag)
print(Gone(1, 2))
print(callable(Gone), type(Gone).__name__)
