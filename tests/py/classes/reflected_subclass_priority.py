# A right operand whose type is a subclass that overrides the reflected method goes first.
class Base:
    def __init__(self, name):
        self.name = name

    def __sub__(self, other):
        return f"Base.__sub__({self.name}, {other.name})"

    def __rsub__(self, other):
        return f"Base.__rsub__({self.name}, {other.name})"

    def __lt__(self, other):
        return f"Base.__lt__({self.name}, {other.name})"

    def __gt__(self, other):
        return f"Base.__gt__({self.name}, {other.name})"


class Override(Base):
    def __rsub__(self, other):
        return f"Override.__rsub__({self.name}, {other.name})"

    def __gt__(self, other):
        return f"Override.__gt__({self.name}, {other.name})"


class Inherit(Base):
    pass


b, o, i = Base("b"), Override("o"), Inherit("i")
print(b - o)
print(o - b)
print(b - i)
print(b < o)
print(b < i)
print(o < b)


class IntSub(int):
    def __radd__(self, other):
        return "IntSub.__radd__"


print(1 + IntSub(2))
print(IntSub(2) + 1)
