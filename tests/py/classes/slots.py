# __slots__: fixed attributes, no instance dict, member descriptors on the class.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.x, type(Point.x).__name__, Point.__slots__)
p.x = 10
print(p.x)
for action in (lambda: setattr(p, "z", 3), lambda: p.z, lambda: p.__dict__):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "y"), getattr(p, "y", "default"))


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
print(s.only, Single.__slots__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)


class Private:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


print(Private().reveal(), [k for k in sorted(Private.__dict__) if not k.startswith("__")])


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
