# Class attributes are shared until an instance shadows them.
class Counter:
    total = 0
    items = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.items.append(name)


c1 = Counter("a")
c2 = Counter("b")
print(Counter.total, c1.total, c2.total)
print(Counter.items, c1.items is c2.items)
c1.total = 99
print(c1.total, c2.total, Counter.total)
del c1.total
print(c1.total)
Counter.total = 7
print(c1.total, c2.total)
Counter.extra = "added later"
print(c1.extra, c2.extra)
print("total" in Counter.__dict__, "total" in c1.__dict__)
print(sorted(vars(c2)))
