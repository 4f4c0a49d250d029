# getattr, setattr, hasattr and delattr on function objects, modules and a trivial class instance.
import math
def f():
    pass
setattr(f, "color", "red")
print(getattr(f, "color"), f.color, hasattr(f, "color"), hasattr(f, "size"))
print(getattr(f, "size", "no size"), getattr(math, "pi"), getattr(math, "nope", None))
delattr(f, "color")
print(hasattr(f, "color"))
try:
    getattr(f, "color")
except AttributeError as e:
    print(e)
try:
    delattr(f, "color")
except AttributeError as e:
    print(e)
class Bag:
    pass
b = Bag()
for name, value in [("x", 1), ("y", [2]), ("z", "three")]:
    setattr(b, name, value)
print(b.x, b.y, b.z, getattr(b, "y"))
b.x += 10
print(getattr(b, "x"))
delattr(b, "z")
print(hasattr(b, "z"), hasattr(b, "x"))
print(getattr("text", "upper")(), getattr([3, 1, 2], "count")(1))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    getattr(f, 5)
except TypeError as e:
    print(e)
print(callable(f), callable(Bag), callable(b), callable(math.sqrt), callable("s"), callable(len))
