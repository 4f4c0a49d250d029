# __eq__ without __hash__ makes a class unhashable; __hash__ must return an int.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


print(Point.__hash__, Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
for op in (lambda: hash(Point(0, 0)), lambda: {Point(0, 0)}, lambda: {Point(0, 0): 1}):
    try:
        op()
    except TypeError as e:
        print(e)


class HashedPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


s = {HashedPoint(1, 2), HashedPoint(1, 2), HashedPoint(3, 4)}
print(len(s), HashedPoint(1, 2) in s, hash(HashedPoint(1, 2)) == hash((1, 2)))


class InheritsEq(Point):
    pass


try:
    hash(InheritsEq(1, 1))
except TypeError as e:
    print(e)


class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as e:
    print(e)


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print(e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))


class Identity:
    pass


i = Identity()
print(hash(i) == hash(i), i == i, i != Identity(), {i: 1}[i])
