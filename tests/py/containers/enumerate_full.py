# enumerate: start values of every kind, counting past the machine word, keyword arguments,
# subclasses, laziness and errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

e = enumerate("abc", 2 ** 63 - 2)
print(list(e))
e = enumerate(range(4), -2 ** 63)
print(list(e))
e = enumerate("ab", 2 ** 100)
print(next(e), next(e), next(e, None))
print(list(enumerate([], 10 ** 30)), list(enumerate("x", -10 ** 30)))
class I:
    def __index__(self): return 2 ** 64
print(list(enumerate("ab", I())))
class BadIndex:
    def __index__(self): return "no"
show(lambda: enumerate("a", BadIndex()))
show(lambda: enumerate("a", None))
show(lambda: enumerate("a", 1j))
show(lambda: enumerate(iterable="a", start=1, extra=2))
show(lambda: enumerate(start=1))
show(lambda: enumerate("a", start=1, **{"start": 2}))
print(list(enumerate(start=5, iterable="xy")), list(enumerate("xy", start=False)))
# laziness: the iterable is consumed one item at a time
src = iter(range(5))
en = enumerate(src)
print(next(en), next(src), next(en), list(en))
# the pair tuple is a new tuple every time
en = enumerate("ab")
a = next(en)
b = next(en)
print(a, b, a is not b)
# subclasses
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return v, i
print(list(E("ab")), type(E("a")).__name__, isinstance(E("a"), enumerate))
class E2(enumerate):
    def __init__(self, it, start=0):
        print("E2.__init__", start)
print(list(E2("xy", 7)))
# errors from the iterable propagate
class Bad:
    def __iter__(self): return self
    def __next__(self): raise OSError("read failed")
show(lambda: list(enumerate(Bad())))
show(lambda: enumerate(5))
show(lambda: enumerate())
print(enumerate.__name__, type(enumerate("")).__name__, iter(enumerate("")).__class__.__name__)
print(dict(enumerate("abc")), [i * v for i, v in enumerate([3, 4, 5], 1)])
print(enumerate[int], type(enumerate[int]).__name__)
# argument errors: enumerate itself and its subclasses report them differently, as CPython
class Sub(enumerate):
    pass
for cls in (enumerate, Sub):
    for args, kw in [((), {"start": 1}), ((), {}), (("a", 1, 2), {}), (("a",), {"foo": 1}),
                     ((), {"iterable": "a", "start": 1, "extra": 2}), (("a",), {"iterable": "b"}),
                     ((), {"x": 1, "y": 2}), ((), {"start": 1, "iterable": "ab"}),
                     ((), {"iterable": "ab", "start": 3}), (("a", 1), {"start": 2})]:
        show(lambda: list(cls(*args, **kw)))
