# tuple subclasses built in __new__, like named records.
class Pair(tuple):
    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def swap(self):
        return Pair(self[1], self[0])

    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"


p = Pair(1, "b")
print(p, p.first, p.second, p.swap(), len(p), p == (1, "b"), hash(p) == hash((1, "b")))
a, b = p
print(a, b, p + (3,), type(p + (3,)).__name__, p[::-1], sorted([Pair(2, 1), Pair(1, 2)]))
p.label = "tagged"
print(p.label)


class Vec(tuple):
    __slots__ = ()

    def __add__(self, o):
        return Vec([x + y for x, y in zip(self, o)])


v = Vec([1, 2]) + Vec([3, 4])
print(v, type(v).__name__, tuple(v))
try:
    v.z = 1
except AttributeError as e:
    print(e)
print(Pair.__mro__, Vec.__bases__)
