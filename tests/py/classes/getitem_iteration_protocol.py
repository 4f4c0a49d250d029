# Old-style iteration via __getitem__ stops at IndexError; StopIteration also ends it.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i


print(list(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)
print(sorted(Countdown(5)))
print(max(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(type(it).__name__)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsEarly()))


class Broken:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(Broken())
except KeyError as e:
    print("KeyError:", e)


class NotIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
