# Attribute caches (LOAD_ATTR / STORE_ATTR / LOAD_METHOD specializations) must notice every
# change that can alter what an attribute access means. Each loop runs long enough (> 8
# executions) for the site to specialize before the change happens mid-loop.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append((type(e).__name__, str(e)))
    return out


# Instance values, then an instance whose dict lacks x, an exposed __dict__, a deleted
# attribute, and an object of another class.
pts = [Point(i, -i) for i in range(100)]
odd = Point(1, 2)
del odd.x
exposed = Point(7, 8)
exposed.__dict__["x"] = 70
other = type("Other", (), {"x": "class x"})()
print(read_x(pts + [odd, exposed, other, Point(5, 5)])[95:])

# Changing a class attribute: a class attribute shadowed by instance values, then a data
# descriptor (property) installed on the class mid-loop wins over the instance dict.
class Shadow:
    x = "class"

    def __init__(self, v):
        self.x = v


objs = [Shadow(i) for i in range(200)]
seen = []
for i, o in enumerate(objs):
    if i == 150:
        Shadow.x = property(lambda self: "property")
    seen.append(o.x)
print(seen[145:155])
del Shadow.x
print(objs[0].x, objs[199].x)

# A class attribute read through instances, then rebound on the class, then shadowed by an
# instance attribute.
class Counter:
    step = 1


c = Counter()
total = 0
for i in range(300):
    if i == 100:
        Counter.step = 10
    if i == 200:
        c.step = 100
    total += c.step
print(total)

# Adding and deleting instance attributes mid-loop (split dicts growing, turning combined).
class Bag:
    pass


bags = [Bag() for _ in range(150)]
for i, b in enumerate(bags):
    b.a = i
    if i % 50 == 49:
        b.b = "extra"
    if i == 120:
        del b.a
        b.a = "re-added"
print([(b.a, getattr(b, "b", None)) for b in bags[47:52]], bags[120].a, bags[120].__dict__)

# Stores at a specialized site into instances whose dicts were exposed or replaced.
def set_all(objs, v):
    for o in objs:
        o.x = v


pts = [Point(i, i) for i in range(120)]
pts[110].__dict__  # exposes the dict
pts[111].__dict__ = {"y": 1}
set_all(pts, "v")
print(pts[0].x, pts[110].x, pts[111].__dict__, pts[119].x)

# __slots__: loads and stores at fixed offsets, an unset slot, a deleted slot.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def sum_a(objs):
    t = 0
    for o in objs:
        try:
            t += o.a
        except AttributeError as e:
            print(type(e).__name__, e)
    return t


ss = [Slotted(i) for i in range(100)]
print(sum_a(ss))
del ss[50].a
print(sum_a(ss))
for s in ss:
    s.b = s.a if hasattr(s, "a") else None
print(ss[3].b, ss[50].b)
try:
    for i in range(20):
        ss[i].c = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Properties and other descriptors on the class shadowing instance attributes.
class Temp:
    def __init__(self):
        self.__dict__["celsius"] = 0
        self._c = 0

    @property
    def celsius(self):
        return self._c * 2

    @celsius.setter
    def celsius(self, v):
        self._c = v


t = Temp()
vals = []
for i in range(120):
    t.celsius = i
    vals.append(t.celsius)
print(vals[-3:], t.__dict__["celsius"])

# Methods: instance method, then an instance attribute shadowing it, then a class change.
class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
out = []
for i in range(300):
    if i == 100:
        g.hello = lambda: "instance"
    if i == 200:
        del g.hello
        Greeter.hello = lambda self: "patched"
    out.append(g.hello())
print(out[99:101], out[199:201], out[-1])

# Methods of built-in types (no instance dict), and class-level method loads.
items = []
for i in range(120):
    items.append(i)
    if i == 110:
        items = list(items)
print(len(items), items[-1])
for i in range(120):
    r = Point.norm1(pts[0]) if False else Greeter.hello(g)
print(r)
Greeter.hello = staticmethod(lambda: "static")
print([Greeter.hello() for _ in range(20)][-1], g.hello())

# A metaclass whose __getattribute__ intercepts class attribute loads.
class Meta(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "meta"
        return super().__getattribute__(name)


class WithMeta(metaclass=Meta):
    magic = "class"
    plain = 1

    def m(self):
        return "m"


print([WithMeta.magic for _ in range(20)][-1], [WithMeta.plain for _ in range(20)][-1])
print([WithMeta.m(WithMeta()) for _ in range(20)][-1])

# A class whose __getattribute__ is defined after the site specialized.
class Late:
    def __init__(self):
        self.v = 1


late = Late()
res = []
for i in range(150):
    if i == 100:
        Late.__getattribute__ = lambda self, name: "intercepted"
    res.append(late.v)
print(res[98:102])

# __class__ assignment between compatible classes.
class A:
    def __init__(self):
        self.x = "a"

    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
whos = []
for i in range(150):
    if i == 100:
        a.__class__ = B
    whos.append((a.who(), a.x))
print(whos[99], whos[100])

# Modules: attribute loads, a rebinding, a deletion.
import math

vals = []
for i in range(150):
    if i == 100:
        math.pi = 3
    if i == 120:
        del math.pi
    try:
        vals.append(math.pi)
    except AttributeError as e:
        vals.append(str(e))
print(vals[99:101], vals[-1])

# One site, instances of a class and of its subclasses (polymorphic): split-dict values at
# the same entry, a subclass adding a property of the same name, __slots__ inherited.
class Base:
    def __init__(self):
        self.v = "base"


class Sub(Base):
    pass


class SubProp(Base):
    @property
    def v(self):
        return "property"

    @v.setter
    def v(self, value):
        pass


def vs(objs):
    return [o.v for o in objs]


print(vs([Base(), Sub()] * 60 + [SubProp(), Sub(), Base()])[-4:])


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Col(Vec):
    __slots__ = ("z",)


class Shadowed(Vec):
    x = "class attribute"


def xs(objs):
    out = []
    for o in objs:
        o.y = "set"
        out.append((o.x, o.y))
    return out


cs = [Vec(1, 2), Col(3, 4)] * 60
print(xs(cs)[-2:])
try:
    print(xs(cs + [Shadowed(5, 6)])[-1])
except AttributeError as e:
    print(type(e).__name__, e)

# Module functions called through LOAD_METHOD: rebound and deleted mid-loop.
real_floor = math.floor


def floors(n):
    out = []
    for i in range(n):
        if i == 100:
            math.floor = lambda x: "patched"
        if i == 120:
            del math.floor
        try:
            out.append(math.floor(i + 0.5))
        except AttributeError as e:
            out.append(str(e))
    return out


r = floors(130)
print(r[99:101], r[-1])
math.floor = real_floor
print(floors(5)[-1])

# Class attributes read from the class (LOAD_ATTR_CLASS): rebound, deleted, shadowed by a
# metaclass property, functions and staticmethods.
class Config:
    LIMIT = 10

    def helper(x):
        return x * 2


def limits(n):
    out = []
    for i in range(n):
        if i == 100:
            Config.LIMIT = 20
        if i == 120:
            del Config.LIMIT
        try:
            out.append((Config.LIMIT, Config.helper(i)))
        except AttributeError as e:
            out.append(str(e))
    return out


r = limits(130)
print(r[99], r[100], r[-1])
Config.helper = staticmethod(lambda x: "static")
print([Config.helper(1) for _ in range(20)][-1])

# Properties whose getter raises, is re-initialized in place, or becomes a builtin.
class Prop:
    def __init__(self):
        self.n = 0

    def get(self):
        if self.n < 0:
            raise ValueError("negative")
        return self.n

    value = property(get)


p = Prop()
out = []
for i in range(150):
    p.n = i if i != 60 else -1
    if i == 100:
        Prop.__dict__["value"].__init__(lambda self: "reinit")
    if i == 130:
        Prop.value = property(repr)
    try:
        out.append(p.value)
    except ValueError as e:
        out.append(str(e))
print(out[59:62], out[99:101], out[-1][:5])
