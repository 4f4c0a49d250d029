# property: getter, setter, deleter, docstrings and @x.setter copies.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="Degrees Fahrenheit.")


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
t.celsius = 37
print(round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
g = property(lambda self: 1)
s = g.setter(lambda self, v: None)
print(g is not s, g.fset is None, s.fset is not None, s.fget is g.fget)
print(isinstance(property(), property), property().fget)


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return 42


obj = Lazy()
print(obj.value, obj.value, Lazy.calls)
