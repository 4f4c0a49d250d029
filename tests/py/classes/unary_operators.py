# Unary dunders and conversions.
class Vec:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return f"Vec{self.c}"

    def __neg__(self): return Vec(*[-x for x in self.c])
    def __pos__(self): return Vec(*[+x for x in self.c])
    def __abs__(self): return sum([x * x for x in self.c]) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __bool__(self): return any([x != 0 for x in self.c])


v = Vec(3, -4)
print(-v, +v, abs(v), ~v, bool(v), bool(Vec(0, 0)), not Vec(0))
if Vec(1):
    print("truthy")
print([x for x in [Vec(0), Vec(2), Vec()] if x])


class Missing:
    pass


for op in (lambda m: -m, lambda m: +m, lambda m: ~m, lambda m: abs(m)):
    try:
        op(Missing())
    except TypeError as e:
        print(e)
