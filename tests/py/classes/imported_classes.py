# Classes imported from another module: their __module__, reprs, subclassing, and the
# module-qualified name of an uncaught exception class.
import mod_shapes
from mod_shapes import Square, ShapeError
s = Square(3)
print(s, s.area(), Square, type(s).__module__, Square.__qualname__, repr(object.__repr__(s)).split(' at')[0])
class Local(mod_shapes.Shape): pass
print(Local.__mro__)
raise ShapeError("bad shape")
