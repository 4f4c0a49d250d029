# Class patterns: isinstance first, then positional sub-patterns through __match_args__ and
# keyword sub-patterns through attributes (a missing attribute fails the case).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class NoArgs:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d point on the plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Circle(Point(cx, cy), r) if r > 0:
            return f"circle at {cx},{cy} radius {r}"
        case Circle(radius=0):
            return "degenerate circle"
        case NoArgs(kind="special", value=v):
            return f"special {v}"
        case NoArgs(kind=k):
            return f"kind {k}"
        case NoArgs():
            return "a NoArgs without kind"
        case object(__class__=cls):
            return f"some {cls.__name__}"


things = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 0, 1), Point3(1, 2, 3), Circle(Point(1, 1), 4), Circle(Point(1, 1), 0),
          Circle(Point(1, 1), -1), NoArgs(kind="special", value=3), NoArgs(kind="plain"),
          NoArgs(), 17, "text"]
for t in things:
    print(where(t))

# Attributes are read only after the isinstance check, in pattern order, through properties
# and __getattr__.
class Lazy:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  reading a")
        return 1

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "b":
            return 2
        raise AttributeError(name)

match Lazy():
    case Lazy(1, 3):
        print("wrong")
    case Lazy(1, 2, ):
        print("Lazy(1, 2)")
match Lazy():
    case Lazy(c=_):
        print("wrong: no attribute c")
    case Lazy(a=1, b=2):
        print("keywords")

# An AttributeError from a property means "no match"; other errors propagate.
class Faulty:
    @property
    def attr(self):
        raise ValueError("bad attribute")

    @property
    def gone(self):
        raise AttributeError("gone")

match Faulty():
    case Faulty(gone=_):
        print("wrong")
    case _:
        print("AttributeError fails the case")
try:
    match Faulty():
        case Faulty(attr=_):
            print("wrong")
except ValueError as e:
    print(type(e).__name__, e)

# Fewer positional patterns than __match_args__ is fine; no sub-patterns at all just checks
# the type.
match Point3(1, 2, 3):
    case Point3(1):
        print("Point3(1)")
match Point3(1, 2, 3):
    case Point():
        print("a Point3 is a Point")

# __match_args__ is looked up on the class, so an instance attribute does not count, and it
# may come from a base class.
class Inherits(Point):
    pass

match Inherits(4, 5):
    case Inherits(a, b):
        print("inherited __match_args__:", a, b)

# isinstance goes through __instancecheck__ of the metaclass.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return isinstance(obj, int)

class Integral(metaclass=Meta):
    __match_args__ = ("real",)

match 5:
    case Integral(r):
        print("virtual instance, real =", r)
match "5":
    case Integral():
        print("wrong")
    case _:
        print("not Integral")

# The class expression can be any dotted name.
class Shapes:
    P = Point

match Point(7, 8):
    case Shapes.P(x, y):
        print("dotted class", x, y)
