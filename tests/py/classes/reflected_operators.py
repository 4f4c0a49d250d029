# Reflected dunders run when the left operand cannot handle the pair.
class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"R({self.v})"

    def __radd__(self, o):
        print("radd", o)
        return R(o + self.v)

    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rlshift__(self, o): return R(o << self.v)
    def __rrshift__(self, o): return R(o >> self.v)
    def __rand__(self, o): return R(o & self.v)
    def __ror__(self, o): return R(o | self.v)
    def __rxor__(self, o): return R(o ^ self.v)
    def __rmatmul__(self, o): return R(("matmul", o))
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)


r = R(3)
print(10 + r, 10 - r, 10 * r, 9 / r, 10 // r, 10 % r, 2 ** r)
print(1 << r, 64 >> r, 6 & r, 4 | r, 5 ^ r, [1] @ r, divmod(7, r))
print(sum([R(1)]), sum([R(2)], 5))


class Left:
    def __add__(self, o):
        print("Left.__add__ declines")
        return NotImplemented


class Right:
    def __radd__(self, o):
        print("Right.__radd__ accepts")
        return "right won"


print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(e)
try:
    Right() + Right()
except TypeError as e:
    print(e)
