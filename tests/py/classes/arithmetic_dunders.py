# Every binary arithmetic operator through its dunder.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v!r})"

    def _other(self, o):
        return o.v if isinstance(o, Num) else o

    def __add__(self, o): return Num(self.v + self._other(o))
    def __sub__(self, o): return Num(self.v - self._other(o))
    def __mul__(self, o): return Num(self.v * self._other(o))
    def __truediv__(self, o): return Num(self.v / self._other(o))
    def __floordiv__(self, o): return Num(self.v // self._other(o))
    def __mod__(self, o): return Num(self.v % self._other(o))
    def __pow__(self, o, mod=None): return Num(pow(self.v, self._other(o), mod))
    def __divmod__(self, o): return (self // o, self % o)


a, b = Num(17), Num(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, divmod(a, b))
print(a + 1, a - 1.5, a * 2, a / 4, a // 4, a % 4, a ** b)
print(pow(a, 2, 7), pow(Num(3), Num(4)))
total = Num(0)
for i in range(5):
    total = total + i
print(total)
print(sum([Num(1), Num(2)], Num(10)))
