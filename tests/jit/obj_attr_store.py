# Attribute stores translated natively (STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_SLOT) behind
# type-version guards: the class gaining a property, a __setattr__ or a new attribute mid-loop,
# a slotted instance reaching an instance-dict site, a dict instance reaching a slot site, and
# stores that create the instance dict, add entries or raise, all with CPython's results.
# jit-threshold: 200
# expect-stat: deopts \(type or keys version\) at store_xy \(line [0-9]+\) STORE_ATTR
# expect-stat: deopts \(type or keys version\) at store_slot \(line [0-9]+\) STORE_ATTR
# expect-stat: functions compiled: [1-9]


class P:
    def __init__(self, x, y):
        self.x = x          # creates the split dict
        self.y = y          # adds its second entry


def store_xy(objs, n):
    for i in range(n):
        for o in objs:
            o.x = i
            o.y = i * 0.5
    return [(o.x, o.y) for o in objs]


def make(n):
    return [P(i, -i) for i in range(n)]


objs = make(4)
print(store_xy(objs, 300))
print(len(make(500)), make(3)[2].y)

# A property on the class: the compiled store must run its setter now.
log = []
P.x = property(lambda self: self.__dict__.get("_x", "unset"),
               lambda self, v: log.append(v) or self.__dict__.__setitem__("_x", v))
print(store_xy(objs, 5), log[:6], len(log))
del P.x


# A __setattr__ defined mid-run.
def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("hooked", value))


P.__setattr__ = setattr_hook
print(store_xy(objs[:1], 3))
del P.__setattr__
print(store_xy(objs, 300)[0])


# A slotted instance and an instance whose dict is not split reach the site.
class S:
    __slots__ = ("x", "y")


s = S()
print(store_xy([s] + objs[:1], 4), s.x, s.y)
q = P(1, 2)
q.__dict__ = {"other": 1}
print(store_xy([q], 2), sorted(q.__dict__))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 0
        self.b = 0


def store_slot(objs, n):
    for i in range(n):
        for o in objs:
            o.a = i
            o.b = o.a + 1
    return [(o.a, o.b) for o in objs]


sl = [Slotted() for _ in range(3)]
print(store_slot(sl, 300))


class Plain:
    pass


print(store_slot([Plain()] + sl, 2))


class Frozen(Slotted):
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"frozen: {name}")


try:
    store_slot([Frozen()], 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    store_xy([object()], 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(store_slot(sl, 300)[1])
