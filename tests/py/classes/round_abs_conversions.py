# round(), abs(), int(), float(), complex() delegate to the matching dunder methods.
class Num:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"

    def __abs__(self):
        return Num(abs(self.v))

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __repr__(self):
        return f"Num({self.v})"


n = Num(-2.5)
print(round(n))
print(round(n, 2))
print(abs(n))
print(int(n), float(n), complex(n))


class Empty:
    pass


for f in (round, abs, int, float, complex):
    try:
        f(Empty())
    except TypeError as e:
        print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)


class IndexOnly:
    def __index__(self):
        return 9


print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))
