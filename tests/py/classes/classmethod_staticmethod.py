# classmethod receives the class (the subclass when called through one); staticmethod nothing.
class Shape:
    count = 0

    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1

    @classmethod
    def triangle(cls):
        return cls(3)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.count} made"

    @staticmethod
    def polygon_name(n):
        return {3: "triangle", 4: "square"}.get(n, f"{n}-gon")


class Square(Shape):
    @classmethod
    def triangle(cls):
        raise TypeError("squares have four sides")


t = Shape.triangle()
print(type(t).__name__, t.sides, Shape.describe(), Square.describe())
print(Shape.polygon_name(3), t.polygon_name(4), Square.polygon_name(7))
try:
    Square.triangle()
except TypeError as e:
    print(e)
print(t.describe(), Square(4).describe())
cm = Shape.__dict__["triangle"]
sm = Shape.__dict__["polygon_name"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__name__, sm.__qualname__, sm.__doc__)
print(Shape.triangle.__self__ is Shape, Square.describe.__self__ is Square)
print(sm(5), callable(sm))
bare = staticmethod(len)
print(bare("abc"), repr(classmethod(len)).startswith("<classmethod(<built-in function len"))
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(e)


class Factory:
    def __new__(cls, *args):
        print("implicit staticmethod __new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        pass


Factory(1, 2)
print(type(Factory.__dict__["__new__"]).__name__)
