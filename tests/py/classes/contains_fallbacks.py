# `in` uses __contains__, then __iter__, then the __getitem__ sequence protocol.
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1

    def __iter__(self):
        raise AssertionError("not used")


class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(1 in WithContains(), 2 in WithContains())
print(2 in WithIter(), 5 not in WithIter())
print(10 in WithGetitem())
print(99 in WithGetitem())


class ReturnsNonBool:
    def __contains__(self, x):
        return "truthy"


print(3 in ReturnsNonBool())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
