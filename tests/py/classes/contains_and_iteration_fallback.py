# `in` uses __contains__, else iteration, else the old __getitem__ protocol.
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 3


class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 2:
            raise IndexError
        return i * 10


print(3 in WithContains(), 4 in WithContains(), 5 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


print(1 in Truthy())


class NotContainer:
    __contains__ = None


try:
    1 in NotContainer()
except TypeError as e:
    print(e)
try:
    1 in object()
except TypeError as e:
    print(e)
