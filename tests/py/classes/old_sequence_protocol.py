# Without __iter__, iteration calls __getitem__(0), (1), ... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
for x in Squares(3):
    print("item", x)
print(sorted(Squares(4), reverse=True), tuple(Squares(2)), list(reversed([*Squares(3)])))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))


class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsEarly()))


class BadKey:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(BadKey())
except KeyError as e:
    print("KeyError", e)
