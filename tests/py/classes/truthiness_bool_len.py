# __bool__ takes precedence over __len__; bad results raise TypeError/ValueError.
class Both:
    def __bool__(self):
        print("bool")
        return False

    def __len__(self):
        print("len")
        return 5


class LenOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Neither:
    pass


print(bool(Both()))
print(bool(LenOnly(0)), bool(LenOnly(3)))
print(bool(Neither()))
print("yes" if LenOnly(2) else "no")
print(not LenOnly(0))
print(LenOnly(0) or "fallback")


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


for obj in (BadBool(), NegLen(), StrLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
