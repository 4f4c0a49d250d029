# Exact AttributeError messages from instances, classes, modules and builtins.
import math


class Point:
    __slots__ = ("x",)


class Plain:
    pass


def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__ + ":", e)


show(lambda: Plain().nope)
show(lambda: Plain.nope)
show(lambda: Point().x)
show(lambda: Point().__dict__)
show(lambda: setattr(Point(), "y", 1))
show(lambda: math.nope)
show(lambda: (1).nope)
show(lambda: "s".nope)
show(lambda: None.nope)
show(lambda: setattr(1, "x", 2))
show(lambda: delattr(Plain(), "gone"))
show(lambda: setattr(object(), "a", 1))
