# Helper module for imported_classes.py: classes defined in another module.
class ShapeError(Exception):
    pass
class Shape:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Shape({self.n})"
class Square(Shape):
    def area(self): return self.n ** 2
