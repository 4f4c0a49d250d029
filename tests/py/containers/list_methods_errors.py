# list methods with every argument form and every error CPython raises for them.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
show(lambda: a.append())
show(lambda: a.append(1, 2))
show(lambda: a.extend())
show(lambda: a.extend(5))
show(lambda: a.extend(None))
show(lambda: a.insert(1))
show(lambda: a.insert("x", 1))
show(lambda: a.insert(1.5, 1))
a.insert(10 ** 9, "big")
a.insert(-10 ** 9, "small")
show(lambda: a.insert(10 ** 30, 1))
print(a)
show(lambda: a.pop("x"))
show(lambda: a.pop(1.0))
show(lambda: a.pop(100))
show(lambda: a.pop(-100))
show(lambda: a.pop(10 ** 30))
show(lambda: [].pop())
show(lambda: [].pop(0))
show(lambda: a.pop(1, 2))
show(lambda: a.remove(99))
show(lambda: a.remove())
show(lambda: [].remove(1))
show(lambda: a.index(99))
show(lambda: a.index("big"))
show(lambda: a.index("big", 1))
show(lambda: a.index(2, -3))
show(lambda: a.index(2, -3, -1))
show(lambda: a.index(2, 10 ** 30))
show(lambda: a.index(2, -10 ** 30, 10 ** 30))
show(lambda: a.index(2, "x"))
show(lambda: a.index(2, 0, "x"))
show(lambda: a.index(2, None))
show(lambda: a.index())
show(lambda: a.index(1, 2, 3, 4))
show(lambda: a.index([1, 2]))
show(lambda: a.index("x" * 3))
show(lambda: a.count())
show(lambda: a.count(1, 2))
show(lambda: a.reverse(1))
show(lambda: a.copy(1))
show(lambda: a.clear(1))
show(lambda: a.sort(1))
show(lambda: a.sort(key=1))
show(lambda: a.sort(reverse="x"))
show(lambda: a.sort(foo=1))
show(lambda: a.sort(None))
show(lambda: list.append(5, 1))
show(lambda: list.append([], 1, 2))
show(lambda: list.append())
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: list(5))
show(lambda: list(iterable=[1]))

# index / count use == with identity shortcut
nan = float("nan")
b = [nan, 1, 1.0, True]
print(b.count(nan), b.count(1), b.index(True), b.index(nan))
print(b.count(float("nan")))

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o)
        return self.v == o
print([1, 2, 3].index(Eq(2)))
print([1, 2, 3].count(Eq(3)))
show(lambda: [1, 2, 3].remove(Eq(4)))
c = [1, 2, 3]
c.remove(Eq(2))
print(c)

class Bad:
    def __eq__(self, o): raise ZeroDivisionError("bad eq")
show(lambda: [1, 2].index(Bad()))
show(lambda: [1, 2].count(Bad()))
show(lambda: [1, 2].remove(Bad()))
show(lambda: Bad() in [1, 2])
print(Bad() in [])

# extend with itself, with iterators, with a tuple, a dict, a set, a string
d = [1, 2]
d.extend(d)
print(d)
d.extend(iter([7, 8]))
d.extend((9,))
d.extend({"k": 1, "j": 2})
d.extend("xy")
print(d)
d += d
print(len(d))

# pop from every position, insert at every position
e = list(range(6))
print([e.pop(i) for i in (0, -1, 1, -2)], e)
for i in range(-4, 5):
    f = [0, 1, 2]
    f.insert(i, "x")
    print(i, f)

# methods on subclasses
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, type(l.copy()).__name__, type(l[:]).__name__, type(l + l).__name__, type(l * 2).__name__)
print(l.__class__ is L, isinstance(l, list))
print(list.__len__(l), list.__getitem__(l, 0))
print(list.__contains__([1, 2], 2), list.__iter__([1]).__class__.__name__)
print(list.__reversed__([1, 2]).__class__.__name__)
print([].__sizeof__() == [].__sizeof__(), list.__hash__)
show(lambda: hash([]))
show(lambda: {[]: 1})
