# Truth testing: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called")
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Neither:
    pass


print(bool(B(True)), bool(B(False)), not B(False))
print(bool(L(0)), bool(L(3)), len(L(3)), bool(Neither()))
print("yes" if L(1) else "no", "yes" if L(0) else "no")
print([x.n for x in [L(0), L(2), L(0), L(5)] if x])
print(L(2) and "and-value", L(0) or "or-value")
while L(0):
    print("never")


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -5


class HugeLen:
    def __len__(self):
        return 2 ** 70


class FloatLen:
    def __len__(self):
        return 2.0


for obj in (BadBool(), NegLen(), HugeLen(), FloatLen()):
    try:
        bool(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for obj in (NegLen(), HugeLen(), FloatLen()):
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
