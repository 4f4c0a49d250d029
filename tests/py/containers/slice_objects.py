# slice objects: construction, attributes, indices(), repr, equality, ordering, hashing.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice("a", [1], None))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(stop=3))
show(lambda: hash(slice(1, 2)))
show(lambda: {slice(1): 2})
show(lambda: setattr(s, "start", 3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) > slice(1, 2, 2), slice(0) <= slice(0), slice(1) == (None, 1, None))
show(lambda: slice(1, 2, 3) > slice(1, 2))
show(lambda: slice(1, "a") < slice(1, 2))
show(lambda: slice(1) < (1,))
for length in (0, 1, 5, 10):
    for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2), slice(-100, 100, 3),
               slice(100, -100, -3), slice(None, None, 10 ** 20), slice(-10 ** 20, 10 ** 20)]:
        print(length, sl, sl.indices(length))
show(lambda: slice(None, None, 0).indices(5))
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices("a"))
show(lambda: slice("a").indices(5))
show(lambda: slice(1, 2, 1.5).indices(5))
show(lambda: slice(1).indices())
print(slice(1).indices(10 ** 30), slice(-1, None, -1).indices(10 ** 25))
class I:
    def __index__(self): return 2
print(slice(I(), None).indices(5), [0, 1, 2, 3][slice(I(), None)], "abcd"[I():])
print(type(s).__name__, isinstance(s, slice), slice.__name__)
show(lambda: type("S", (slice,), {}))
print(s.__reduce__())
# slice syntax builds slices
class Show:
    def __getitem__(self, k): return k
print(Show()[1:2], Show()[::], Show()[1:2:3], Show()[:, 1:], Show()[..., ::-1], Show()["a":"b"])
