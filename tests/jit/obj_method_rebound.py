# Class, module and __slots__ attributes read natively (LOAD_ATTR_CLASS / _MODULE / _SLOT,
# LOAD_METHOD_CLASS / _MODULE) behind type- and keys-version guards: a method or class
# attribute rebound on the class, a module attribute rebound, added or deleted, a slot deleted
# and a subclass reaching the site mid-loop, all with CPython's results and errors.
# jit-threshold: 200
# expect-stat: deopts \(type or keys version\) at via_class \(line [0-9]+\) LOAD_METHOD
# expect-stat: deopts \(type or keys version\) at via_class \(line [0-9]+\) LOAD_ATTR
# expect-stat: deopts \(type or keys version\) at via_module \(line [0-9]+\) LOAD_
# expect-stat: deopts \(type or keys version\) at via_slot \(line [0-9]+\) LOAD_ATTR
# expect-stat: functions compiled: [1-9]
import math


class Shape:
    sides = 4

    def area(x):
        return x * x


def via_class(cls, n):
    total = 0
    for i in range(n):
        total += cls.area(i) + cls.sides
    return total


print(via_class(Shape, 400))
Shape.area = staticmethod(lambda x: -x)
print(via_class(Shape, 400))
Shape.area = lambda x: x + 1
Shape.sides = 0
print(via_class(Shape, 400))


class Tri(Shape):
    sides = 3


print(via_class(Tri, 10))
del Shape.sides
try:
    via_class(Shape, 10)
except AttributeError as e:
    print(type(e).__name__, e)


def via_module(n):
    total = 0.0
    for i in range(n):
        total += math.floor(i / 3) + math.pi
    return round(total, 6)


print(via_module(400))
saved_pi, saved_floor = math.pi, math.floor
math.pi = 3
print(via_module(400))
math.floor = lambda x: 0
print(via_module(400))
math.added_later = 1
print(via_module(400))
del math.pi
try:
    via_module(5)
except AttributeError as e:
    print(type(e).__name__, e)
math.pi, math.floor = saved_pi, saved_floor
print(via_module(400))


class Cell:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = v * 2


def via_slot(cells, n):
    total = 0
    for _ in range(n):
        for c in cells:
            total += c.v + c.w
    return total


cells = [Cell(i) for i in range(5)]
print(via_slot(cells, 300))


class Loose:
    def __init__(self, v):
        self.v = v
        self.w = 0


print(via_slot(cells + [Loose(100)], 3))
del cells[2].w
try:
    via_slot(cells, 3)
except AttributeError as e:
    print(type(e).__name__, e)
cells[2].w = 1
print(via_slot(cells, 300))
