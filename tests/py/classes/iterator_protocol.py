# __iter__/__next__ drive for loops, unpacking, list(), sum(), zip() and friends.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in Countdown(3):
    print(i, end=" ")
print()
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(list(zip(Countdown(3), "abc")), dict(zip("xy", Countdown(2))))
print(list(enumerate(Countdown(2))), list(map(str, Countdown(3))), [x for x in Countdown(4) if x % 2])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, children

    def __iter__(self):
        out = [self.value]
        for c in self.children:
            out.extend(c)
        return iter(out)


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), 3 in t, 5 in t)


class NotAnIterator:
    def __iter__(self):
        return 42


class NoNext:
    def __iter__(self):
        return self


for obj in (NotAnIterator(), NoNext(), object()):
    try:
        iter(obj)
    except TypeError as e:
        print(e)
try:
    next(Tree(1))
except TypeError as e:
    print(e)
