# __int__, __float__, __index__, __round__, __abs__, __complex__.
class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return Meters(round(self.v, n))
    def __abs__(self): return Meters(abs(self.v))
    def __repr__(self): return f"Meters({self.v})"


m = Meters(-3.75)
print(int(m), float(m), round(m), round(m, 1), abs(m))
print(bin(Meters(5)), hex(Meters(255)), oct(Meters(8)), [1, 2, 3, 4, 5, 6][Meters(2)])
print(list(range(Meters(3))), "abc" * Meters(2), [0] * Meters(3))
import math
print(math.floor(Meters(2.5)) if hasattr(Meters, "__floor__") else "no __floor__", math.sqrt(Meters(16)))


class OnlyIndex:
    def __index__(self):
        return 7


print(int(OnlyIndex()), float(OnlyIndex()) if hasattr(OnlyIndex, "__float__") else "no float")
try:
    float(OnlyIndex())
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "seven"


class BadIndex:
    def __index__(self):
        return 7.0


for f in (lambda: int(BadInt()), lambda: [1][BadIndex()], lambda: float(object()),
          lambda: int(object()), lambda: round(object())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
