# Rich comparisons try the reflected method; == falls back to identity, < raises TypeError.
class L:
    def __lt__(self, other):
        print("L.__lt__")
        return NotImplemented

    def __eq__(self, other):
        print("L.__eq__")
        return NotImplemented


class R:
    def __gt__(self, other):
        print("R.__gt__")
        return "R says gt"

    def __ge__(self, other):
        print("R.__ge__")
        return NotImplemented


print(L() < R())
x = L()
print(x == x)
print(L() == L())
print(L() != R())
try:
    L() <= R()
except TypeError as e:
    print("TypeError:", e)
try:
    R() <= L()
except TypeError as e:
    print("TypeError:", e)
try:
    object() < object()
except TypeError as e:
    print("TypeError:", e)


class NeFromEq:
    def __eq__(self, other):
        return "eq-result"


print(NeFromEq() != 1)
print(NeFromEq() == 1)
print([NeFromEq()] == [1])
