# In-place dunders mutate and return self; without them the binary operator is used.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))

    def __imul__(self, n):
        self.items *= n
        return self

    def __isub__(self, other):
        for x in other:
            self.items.remove(x)
        return self

    def __ior__(self, other): self.items.append(("or", other)); return self
    def __iand__(self, other): self.items.append(("and", other)); return self
    def __ixor__(self, other): self.items.append(("xor", other)); return self
    def __ilshift__(self, n): self.items = self.items[n:]; return self
    def __irshift__(self, n): self.items = self.items[:-n]; return self
    def __itruediv__(self, n): self.items = [x / n for x in self.items]; return self
    def __ifloordiv__(self, n): self.items = [x // n for x in self.items]; return self
    def __imod__(self, n): self.items = [x % n for x in self.items]; return self
    def __ipow__(self, n): self.items = [x ** n for x in self.items]; return self
    def __imatmul__(self, n): self.items.reverse(); return self


b = Bag([1, 2])
alias = b
b += [3]
print(b, alias is b)
b *= 2
print(b)
b -= [1, 1]
print(b)
b <<= 1
print(b)
b >>= 1
print(b)
b **= 2
print(b)
b //= 2
print(b)
b %= 3
print(b)
b /= 2
print(b)
b @= 0
print(b)
b |= 1
b &= 2
b ^= 3
print(b)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)


class ReturnsOther:
    def __iadd__(self, o):
        return "something else"


z = ReturnsOther()
z += 1
print(z)


class Declines:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fell back to __add__"


d = Declines()
d += 1
print(d)
lst = [1]
t = lst
lst += (2, 3)
print(lst, t is lst)
