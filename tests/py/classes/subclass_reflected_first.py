# A right operand whose type is a subclass of the left's, and overrides the reflected
# method, gets the first try.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return type(self)(self.v + o.v)

    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__ (Base's)")
        return type(self)(o.v + self.v)

    def __lt__(self, o):
        print(f"{type(self).__name__}.__lt__")
        return self.v < o.v

    def __gt__(self, o):
        print(f"{type(self).__name__}.__gt__")
        return self.v > o.v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__")
        return Derived(o.v * 100 + self.v)

    def __gt__(self, o):
        print("Derived.__gt__")
        return self.v > o.v


class Plain(Base):
    pass


print(Base(1) + Derived(2))
print(Derived(2) + Base(1))
print(Base(1) + Plain(2))
print(Base(1) < Derived(2))
print(Derived(2) < Base(1))
print(Base(1) < Plain(2))


class Declining(Base):
    def __radd__(self, o):
        print("Declining.__radd__ returns NotImplemented")
        return NotImplemented


print(Base(5) + Declining(6))
