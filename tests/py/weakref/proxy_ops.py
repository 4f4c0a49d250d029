# Proxies forward operators, reflected operators and comparisons to the referent.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Num(%r)" % self.v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __sub__(self, o):
        return Num(self.v - o)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        return Num(self.v * o)

    def __truediv__(self, o):
        return Num(self.v / o)

    def __floordiv__(self, o):
        return Num(self.v // o)

    def __mod__(self, o):
        return Num(self.v % o)

    def __pow__(self, o, m=None):
        return Num(pow(self.v, o, m))

    def __lshift__(self, o):
        return Num(self.v << o)

    def __rshift__(self, o):
        return Num(self.v >> o)

    def __and__(self, o):
        return Num(self.v & o)

    def __or__(self, o):
        return Num(self.v | o)

    def __xor__(self, o):
        return Num(self.v ^ o)

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return self.v

    def __lt__(self, o):
        return self.v < o

    def __le__(self, o):
        return self.v <= o

    def __gt__(self, o):
        return self.v > o

    def __ge__(self, o):
        return self.v >= o

    def __eq__(self, o):
        return self.v == o

    def __hash__(self):
        return hash(self.v)

    def __divmod__(self, o):
        return (self.v // o, self.v % o)

    def __matmul__(self, o):
        return "matmul"


n = Num(7)
p = weakref.proxy(n)
print(p + 1, 1 + p, p - 2, 10 - p, p * 3, p / 2, p // 2, p % 4, p ** 2, pow(p, 2, 5))
print(p << 1, p >> 1, p & 3, p | 8, p ^ 1, -p, +p, abs(p), ~p, p @ 1)
print(int(p), float(p), [0, 1, 2, 3, 4, 5, 6, 7, 8][p], hex(p), divmod(p, 2))
print(p < 8, p <= 7, p > 8, p >= 7, p == 7, p != 7)
print(p + p, p.v, repr(p.__add__(1)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)
print(str(p), isinstance(p, Num), type(p).__name__)
print(p.__class__.__name__)
del n
for op in [lambda: p + 1, lambda: 1 + p, lambda: -p, lambda: p < 1, lambda: str(p), lambda: p.v,
           lambda: int(p), lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
