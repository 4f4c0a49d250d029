# Generators as methods, __iter__ implementations, properties, static and class methods.

class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def __reversed__(self):
        for r in reversed(range(self.rows)):
            for c in reversed(range(self.cols)):
                yield r, c

    def row(self, r):
        return (( r, c) for c in range(self.cols))

    @staticmethod
    def diagonal(n):
        for i in range(n):
            yield i, i

    @classmethod
    def square(cls, n):
        yield from cls(n, n)

    @property
    def corners(self):
        yield 0, 0
        yield 0, self.cols - 1
        yield self.rows - 1, 0
        yield self.rows - 1, self.cols - 1

grid = Range2D(2, 3)
print(list(grid))
print(list(reversed(grid)))
print(list(grid.row(1)), list(Range2D.diagonal(3)), list(Range2D.square(2)))
print(list(grid.corners))
print((1, 2) in grid, (5, 5) in grid, len(list(grid)))
print(grid.row.__name__, type(grid.row(0)).__name__)
print(Range2D.__iter__.__qualname__, grid.__iter__().__qualname__)

# A class whose __iter__ is a generator can be iterated many times independently.
i1, i2 = iter(grid), iter(grid)
print(next(i1), next(i1), next(i2))

# Inheritance and super() inside generator methods.
class Base:
    def items(self):
        yield "base 1"
        yield "base 2"

class Derived(Base):
    def items(self):
        yield "derived first"
        yield from super().items()
        yield "derived last"

print(list(Derived().items()))

class Deeper(Derived):
    def items(self):
        for item in super().items():
            yield item.upper()

print(list(Deeper().items()))

# Generator methods with the instance's state.
class Counter:
    def __init__(self):
        self.count = 0

    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count

c = Counter()
t = c.ticks(3)
print(next(t), c.count)
print(list(t), c.count)

# __getitem__ based iteration versus __iter__ generator.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11

    def __iter__(self):
        yield "from __iter__"

print(list(Seq()), Seq()[1])

# A generator over attributes with getattr and default values.
class Config:
    host = "localhost"
    port = 8080

    def fields(self, *names):
        for name in names:
            yield name, getattr(self, name, None)

print(dict(Config().fields("host", "port", "user")))

# Dunder methods that return generators.
class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return (x for x in self.items if x is not None)

print(list(Bag(1, None, 2)), sorted(Bag(3, 1, 2)), set(Bag("a", "a")))

# Lambdas and nested functions that create generators.
make = lambda n: (i for i in range(n))
print(list(make(3)))

def outer():
    def gen(x):
        yield x
        yield x * 2
    return [list(gen(v)) for v in (1, 2)]

print(outer())

# A lambda containing yield is a generator function.
gen_lambda = lambda: (yield 5)
g = gen_lambda()
print(type(g).__name__, next(g))
try:
    g.send("returned")
except StopIteration as e:
    print("lambda returned", e.value)
