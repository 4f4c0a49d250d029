# In-place operators on proxies: the referent's __iXXX__ is used when defined, otherwise the
# name is rebound to the plain result.
import weakref


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(("+=", o))
        return self

    def __isub__(self, o):
        self.items.append(("-=", o))
        return self

    def __imul__(self, o):
        self.items.append(("*=", o))
        return self

    def __itruediv__(self, o):
        self.items.append(("/=", o))
        return self

    def __ifloordiv__(self, o):
        self.items.append(("//=", o))
        return self

    def __imod__(self, o):
        self.items.append(("%=", o))
        return self

    def __ipow__(self, o):
        self.items.append(("**=", o))
        return self

    def __ilshift__(self, o):
        self.items.append(("<<=", o))
        return self

    def __irshift__(self, o):
        self.items.append((">>=", o))
        return self

    def __iand__(self, o):
        self.items.append(("&=", o))
        return self

    def __ior__(self, o):
        self.items.append(("|=", o))
        return self

    def __ixor__(self, o):
        self.items.append(("^=", o))
        return self

    def __imatmul__(self, o):
        self.items.append(("@=", o))
        return self


a = Acc()
p = weakref.proxy(a)
q = p
q += 1
q -= 2
q *= 3
q /= 4
q //= 5
q %= 6
q **= 7
q <<= 8
q >>= 9
q &= 10
q |= 11
q ^= 12
q @= 13
print(a.items)
print(type(q).__name__, q is a)


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Plain(self.v + o)


b = Plain(1)
pb = weakref.proxy(b)
r = pb
r += 5
print(type(r).__name__, r.v, b.v)

lst = [1]
class L(list):
    pass
l = L([1, 2])
pl = weakref.proxy(l)
pl2 = pl
pl2 += [3]
print(l, type(pl2).__name__)
pl2 *= 2
print(l)
try:
    x = pl
    x -= 1
except TypeError as e:
    print("TypeError:", e)
del a
try:
    q += 1
except ReferenceError as e:
    print("ReferenceError:", e)
