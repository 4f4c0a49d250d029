# @, divmod() and pow() with a modulus.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m @ i, m @ m)
m @= m
print(m)


class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, e, mod=None):
        print("pow args", e, mod)
        return pow(self.v, e, mod)

    def __rpow__(self, base):
        return ("rpow", base, self.v)

    def __divmod__(self, o):
        return divmod(self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o)


print(Mod(3) ** 4, pow(Mod(3), 4, 5), 2 ** Mod(5), divmod(Mod(17), 5), divmod(17, Mod(5)))
try:
    pow(2, Mod(3), 5)
except TypeError as e:
    print(e)
try:
    Matrix([[1]]) @ 3
except AttributeError as e:
    print(e)
try:
    3 @ Matrix([[1]])
except TypeError as e:
    print(e)
