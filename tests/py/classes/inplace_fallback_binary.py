# a += b uses __iadd__, falls back to __add__ then __radd__; NotImplemented from __iadd__ too.
class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add")
        return OnlyAdd(self.v + other)


class IAddNotImpl(OnlyAdd):
    def __iadd__(self, other):
        print("iadd")
        return NotImplemented


class RAdd:
    def __radd__(self, other):
        print("radd", other)
        return "radd result"


a = OnlyAdd(1)
orig = a
a += 2
print(a.v, a is orig)
b = IAddNotImpl(1)
b += 5
print(b.v, type(b).__name__)
x = 5
x += RAdd()
print(x)


class Mut:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


m = Mut()
m2 = m
m += 1
m += 2
print(m is m2, m.items)
y = object()
try:
    y -= 1
except TypeError as e:
    print("TypeError:", e)
z = "s"
try:
    z *= 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    z **= 2
except TypeError as e:
    print("TypeError:", e)
