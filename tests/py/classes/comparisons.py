# Rich comparisons, their reflections and NotImplemented.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.parts)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == Version(1, 2), a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b), min(a, b))
print(a == "1.2", a != "1.2", "1.2" == a)
try:
    a < 3
except TypeError as e:
    print(e)
try:
    3 >= a
except TypeError as e:
    print(e)
print({a: "first"}[Version(1, 2)], a in [Version(0), Version(1, 2)])


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, o):
        print(f"{self.name}.__eq__({o.name})")
        return NotImplemented

    def __lt__(self, o):
        print(f"{self.name}.__lt__({o.name})")
        return NotImplemented

    def __gt__(self, o):
        print(f"{self.name}.__gt__({o.name})")
        return NotImplemented


x, y = Loud("x"), Loud("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print(e)
print(x == x, [x].count(x), x in [y, x])
