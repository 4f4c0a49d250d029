# range in loops and builtins: iterating, reversing, comparing with lists, bool, sum/min/max,
# ranges of ranges, iterator exhaustion and lengths around the machine word.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for r in (range(0), range(1), range(-3), range(3, -3, -1), range(0, 100, 33), range(2 ** 62, 2 ** 62 + 3)):
    print(r, list(r), list(reversed(r)), len(r), r == range(r.start, r.stop, r.step))
it = iter(range(3))
print(list(it), list(it), next(it, "x"))
rit = reversed(range(1, 4))
print(next(rit), list(rit), type(rit).__name__)
big = range(2 ** 63 - 3, 2 ** 63 + 3)
print(type(iter(big)).__name__, list(big)[-1], list(reversed(big))[0], len(big))
small = range(-2 ** 63, -2 ** 63 + 3)
print(type(iter(small)).__name__, list(small), list(reversed(small)))
edge = range(2 ** 63 - 1)
print(type(iter(edge)).__name__, type(reversed(edge)).__name__, next(reversed(edge)))
edge2 = range(-2 ** 63, 2 ** 63 - 1)
show(lambda: len(edge2))
print(type(iter(edge2)).__name__, next(iter(edge2)))
print([x * x for x in range(5)], sum(range(0, 1000, 7)), max(range(10, 0, -3)), min(range(5, 100)))
print(list(range(5))[::-1] == list(reversed(range(5))), tuple(range(3)), set(range(3)), dict.fromkeys(range(2)))
print(list(map(len, [range(i) for i in range(4)])), [list(range(i)) for i in range(3)])
print(range(10)[2:8][1:3], range(10)[::2][::2], range(10)[::-1][::-1], range(10)[-3::-3])
print(3 in range(10)[::3], 4 in range(10)[::3], range(10)[::3].index(9), range(100)[50:][::-5].count(55))
# equality in containers and as dict keys (ranges are hashable)
d = {range(3): "a", range(0, 3, 1): "b", range(0): "empty", range(5, 5): "e2"}
print(len(d), d[range(3)], d[range(2, 2)])
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3), range(1, 2) == range(1, 2, 3))
class R:
    def __index__(self): return 4
print(range(R()), range(R(), 10, R()), R() in range(5) if False else range(5)[R()])
show(lambda: range(5)[R():"x"])
show(lambda: range(5)[::"x"])
show(lambda: range(0)[-1])
print(range(5).count(2), range(5).count(2.0), range(5).count("2"), range(5).count(True))
print(range(3).__len__(), range(3).__contains__(1), range(3).__getitem__(-1), range(3).__reversed__().__length_hint__())
