# Subclasses of int and float keep the numeric behaviour and gain attributes.
class Celsius(float):
    def __new__(cls, value, label=""):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)!r})"


c = Celsius(21.5, "room")
print(repr(c), c.label, c.to_f(), c + 1, type(c + 1).__name__, c > 20, isinstance(c, float), float(c))
print(round(c), int(c), f"{c:.2f}", hash(c) == hash(21.5))


class Flags(int):
    NAMES = {1: "read", 2: "write", 4: "exec"}

    def __str__(self):
        return "|".join([n for bit, n in self.NAMES.items() if self & bit]) or "none"

    def __or__(self, other):
        return Flags(int(self) | int(other))


rw = Flags(1) | Flags(2)
print(rw, repr(rw), int(rw), rw + 0, type(rw).__name__, type(rw + 0).__name__, Flags(0), Flags(7))
print(rw == 3, 3 == rw, {3: "three"}[rw], [10, 20, 30, 40][rw], bin(rw), rw.bit_length())
print(sorted([Flags(4), Flags(1), 2]), max(Flags(5), 3), divmod(Flags(7), 2), -Flags(3), abs(Flags(-2)))


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)


print(Even(4), Even(10))
try:
    Even(3)
except ValueError as e:
    print(e)
print(Flags("12", 8), int.__new__(Flags, 5), type(int.__new__(Flags, 5)).__name__)
try:
    int.__new__(Celsius, 1)
except TypeError as e:
    print(e)
print(isinstance(True, int), issubclass(Flags, int), Flags.__mro__)
