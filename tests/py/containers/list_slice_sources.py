# Slice assignment from every kind of iterable, to lists of every size, with the list itself
# as the source, and the exact errors for extended slices.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

sources = [[], [1], (2, 3), "xy", {4: 0, 5: 0}, {6}, range(3), iter([7, 8]), map(str, [9]), b"ab"]
for src in sources:
    a = [0, 0, 0, 0]
    a[1:3] = src
    print(type(src).__name__, a)
for src in [[1, 2], (1, 2), "ab", range(2), "cd"]:
    a = [0, 0, 0, 0]
    a[::2] = src
    b = [0, 0, 0, 0]
    b[3::-2] = src
    print(a, b)
show(lambda: [0, 0, 0].__setitem__(slice(None, None, 2), [1]))
show(lambda: [0, 0, 0].__setitem__(slice(None, None, 2), "abc"))
show(lambda: [0, 0, 0].__setitem__(slice(None, None, -1), []))
show(lambda: [0, 0, 0].__setitem__(slice(None, None, 2), 7))
show(lambda: [0, 0, 0].__setitem__(slice(1, 2), 7))
show(lambda: [0, 0, 0].__setitem__(slice(1, 2), None))
show(lambda: [0, 0, 0].__setitem__(slice(None, None, 5), [1, 2]))
show(lambda: [].__setitem__(slice(None, None, 2), [1]))
show(lambda: [0].__setitem__(slice(5, 10, 2), [1]))
e = []
e[::2] = []
e[5:10:3] = ()
print(e)
# self as source, in every position
for s in [slice(0, 0), slice(0, 1), slice(1, 3), slice(3, 3), slice(None), slice(None, None, -1)]:
    a = [1, 2, 3]
    a[s] = a
    print(s, a)
a = [1, 2, 3, 4]
a[::2] = a[::2][::-1]
print(a)
# growing and shrinking by large amounts keeps the other items
big = list(range(100))
big[10:90] = ["x"]
print(len(big), big[:12], big[-3:])
big[5:6] = range(1000)
print(len(big), big[4:7], big[-2:])
del big[::3]
print(len(big), big[:5])
del big[:]
print(big)
# deleting through extended slices of every step
for step in (1, 2, 3, -1, -2, 7):
    a = list(range(10))
    del a[::step]
    print(step, a)
# slices with objects that have __index__
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
a = list(range(6))
a[I(1):I(5):I(2)] = ["a", "b"]
print(a)
del a[I(-2):]
print(a)
class BadIndex:
    def __index__(self): raise ArithmeticError("bad index")
show(lambda: a.__setitem__(slice(BadIndex(), None), []))
show(lambda: a.__delitem__(slice(None, BadIndex())))
show(lambda: a[BadIndex():])
show(lambda: a[BadIndex()])
