# type(name, bases, ns) builds classes at run time.
def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "norm": lambda self: abs(self.x), "dims": 1})
p = Point(-4)
print(Point, Point.__name__, Point.__qualname__, Point.__module__, p.x, p.norm(), p.dims)
Point3 = type("Point3", (Point,), {"dims": 3})
print(Point3.__mro__, Point3(2).norm(), Point3.dims, Point3.__bases__)
print(type("E", (), {})().__class__.__name__, type("Q", (), {"__qualname__": "Outer.Q"}))
print(type("M", (), {"__module__": "custom.module"}), type("D", (), {"__doc__": "doc!"}).__doc__)
print(type(Point) is type, type(type), type.__name__, type.__mro__)
for args in (("a",), ("a", ()), (1, (), {}), ("a", [], {}), ("a", (), []), ("a", (1,), {}),
             ("a", (), {}, 1)):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("a\0b", (), {})
except ValueError as e:
    print("ValueError:", e)
try:
    type("a", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(type, "a", (), {})
    type.__init__(int, "a")
    type.__init__(int, "a", (), {}, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(int, "a", x=1)
except TypeError as e:
    print("TypeError:", e)
print(type("Z", (object,), {}).__bases__, type("Z", (int,), {})(7) + 1)
