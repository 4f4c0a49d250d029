# zip and map corner cases: errors raised by later iterables, infinite iterables, strict mode
# with iterators that fail, argument evaluation order, and reuse after exhaustion.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

log = []
class Tracked:
    def __init__(self, name, items): self.name, self.items = name, list(items)
    def __iter__(self): return self
    def __next__(self):
        log.append(self.name)
        if not self.items:
            raise StopIteration
        return self.items.pop(0)
print(list(zip(Tracked("a", [1, 2]), Tracked("b", [3]))), log)
log.clear()
show(lambda: list(zip(Tracked("a", [1]), Tracked("b", [2, 3]), strict=True)))
print(log)
log.clear()
print(list(map(lambda *a: sum(a), Tracked("x", [1, 2, 3]), Tracked("y", [10, 20]))), log)
class Fails:
    def __init__(self, after): self.after = after
    def __iter__(self): return self
    def __next__(self):
        if self.after == 0:
            raise ValueError("fails")
        self.after -= 1
        return self.after
show(lambda: list(zip([1, 2, 3], Fails(1))))
show(lambda: list(zip([1, 2, 3], Fails(1), strict=True)))
show(lambda: list(zip(Fails(2), [1], strict=True)))
show(lambda: list(map(abs, [1, -2], Fails(1))) if False else list(map(lambda a, b: a, [1, -2], Fails(1))))
show(lambda: list(zip([1], 5)))
show(lambda: list(zip(5, [1])))
show(lambda: list(map(abs, [1], 5)))
# infinite iterables stop with the shortest
counter = iter(int, 1)
print(list(zip("abc", counter)), list(map(lambda a, b: (a, b), "xy", iter(int, 1))))
# strict with equal lengths and with empties
print(list(zip([], [], [], strict=True)), list(zip([1], [2], [3], strict=True)))
show(lambda: list(zip([], [1], strict=True)))
show(lambda: list(zip([1], [], strict=True)))
show(lambda: list(zip([1], [2], [], strict=True)))
show(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
# exhausted zip stays exhausted; zip of one iterable; zip(*matrix) transposes
z = zip([1], [2])
print(list(z), list(z))
print(list(zip(range(3))), list(zip(*[(1, 2, 3), (4, 5, 6)])), list(zip(*[])))
# map with a function raising StopIteration ends the iteration (no generators involved)
def stopper(x):
    if x > 1:
        raise StopIteration
    return x
print(list(map(stopper, [0, 1, 2, 3])))
# filter keeps the item objects
items = [[], [1], (), (2,)]
print([x is items[i] for i, x in enumerate(filter(None, items)) if False] or list(filter(None, items)))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, range(-2, 3))))
# enumerate of a zip of a map
print(list(enumerate(zip(map(str, range(3)), "abc"), 1)))
# keyword-only strict must be bool-able
class NoBool:
    def __bool__(self): raise RuntimeError("strict bool")
show(lambda: zip([1], strict=NoBool()))
show(lambda: list(zip([1], strict=NoBool())))
