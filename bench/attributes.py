# bench/attributes.py: instance attribute loads and stores, method calls, properties and
# operator dunders on small classes. Usage: attributes.py [n (default 2000000)]. Deterministic;
# prints a checksum of the work done.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

    @property
    def total(self):
        return self.x + self.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


def attribute_loads(p, n):
    s = 0
    for _ in range(n):
        s += p.x + p.y + p.x + p.y
    return s


def attribute_stores(p, n):
    for i in range(n):
        p.x = i
        p.y = i + 1
    return p.x + p.y


def method_calls(p, q, n):
    s = 0
    for _ in range(n):
        s += p.norm2() + q.norm2() + p.total
    return s


def allocations(n):
    acc = Point(0, 0)
    step = Point(1, 2)
    for _ in range(n // 4):
        acc = acc + step
        acc = acc.moved(1)
    return acc.x + acc.y


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    p, q = Point(3, 4), Point3(1, 2, 2)
    print(attribute_loads(p, n), attribute_stores(Point(0, 0), n), method_calls(p, q, n),
          allocations(n))


if __name__ == "__main__":
    main()
