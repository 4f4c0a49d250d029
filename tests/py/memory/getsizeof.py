# sys.getsizeof and __sizeof__ for builtin objects, subclasses and classes that define their
# own __sizeof__; the sizes are CPython 3.11's on 64-bit builds.
import sys


def show(label, v):
    try:
        print(label, sys.getsizeof(v), v.__sizeof__())
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- numbers and singletons")
for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**100, -(2**100), 1.5, -0.0, 1j, 2 + 3j,
          True, False, None, ..., NotImplemented]:
    show(repr(v), v)

print("-- strings")
for v in ["", "a", "abc" * 10, "\xe9", "caf\xe9" * 3, "\u1234", "x\u1234y", "\U0001F600",
          "a\U0001F600b"]:
    show(ascii(v), v)

print("-- bytes and bytearray")
for v in [b"", b"a", b"abc" * 10, bytearray(), bytearray(b"ab"), bytearray(100)]:
    show(repr(v)[:20], v)
ba = bytearray()
for i in range(12):
    ba.append(i)
    print(sys.getsizeof(ba), end=" ")
print()

print("-- tuples and lists")
for v in [(), (1,), (1, 2), (1, 2, 3), tuple(range(10)), [], [1], [1, 2, 3], list(range(10))]:
    show(repr(v)[:20], v)
grown = []
for i in range(40):
    grown.append(i)
    print(sys.getsizeof(grown), end=" ")
print()
grown.clear()
show("cleared", grown)
show("[None] * 7", [None] * 7)

print("-- dicts")
for v in [{}, {1: 2}, {"a": 1}, {"a": 1, "b": 2, "c": 3}, dict.fromkeys(range(10)),
          dict.fromkeys("abcdefghijklmnop")]:
    show(repr(v)[:20], v)
d = {}
for i in range(30):
    d[i] = i
    print(sys.getsizeof(d), end=" ")
print()

print("-- sets")
for v in [set(), {1}, {1, 2, 3}, set(range(10)), set(range(100)), frozenset(), frozenset({1, 2})]:
    show(repr(v)[:20], v)

print("-- other builtins")
for label, v in [("range", range(10)), ("range big", range(2**70)), ("slice", slice(1, 2, 3)),
                 ("object", object()), ("len", len), ("method", [].append),
                 ("list_iterator", iter([])), ("Exception", Exception()),
                 ("ValueError", ValueError("x", 2))]:
    show(label, v)


class Plain:
    pass


class Child(Plain):
    def m(self):
        pass


class Slots:
    __slots__ = ("a", "b")


class SlotsDict:
    __slots__ = ("a", "__dict__")


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class Str(str):
    pass


class F(float):
    pass


class E(Exception):
    pass


print("-- instances of classes")
for label, v in [("Plain", Plain()), ("Child", Child()), ("Slots", Slots()),
                 ("SlotsDict", SlotsDict()), ("L", L()), ("L3", L([1, 2, 3])), ("D", D()),
                 ("D1", D(a=1)), ("S", S()), ("I", I(5)), ("I big", I(2**100)),
                 ("T", T((1, 2))), ("B", B(b"abc")), ("Str", Str("ab")),
                 ("Str wide", Str("\u1234")), ("F", F(1.0)), ("E", E())]:
    show(label, v)
p = Plain()
p.x = 1
show("Plain with attribute", p)


print("-- classes")


class Grown:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class Empty:
    __slots__ = ()


class Meta(type):
    pass


class WithPlainMeta(metaclass=Meta):
    pass


Grown()
for t in [Plain, Child, Grown, Empty, Slots, SlotsDict, L, D, I, T, Str, E, Meta, WithPlainMeta,
          int, type, object, list]:
    print(t.__name__, sys.getsizeof(t), type.__sizeof__(t))

print("-- __sizeof__ defined by the class")


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class SizedSlots:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class Raises:
    def __sizeof__(self):
        raise KeyError("inner")


for v in [Sized(0), Sized(100), SizedSlots(7), Sized(True)]:
    print(sys.getsizeof(v))
for args in [(Sized(-1),), (Sized(-1), 5), (Sized(1.5),), (Sized(1.5), "dflt"),
             (Sized("12"),), (Sized(2**70),), (Sized(2**70), 5), (Raises(),), (Raises(), 5),
             (SizedSlots(-5), None)]:
    try:
        print(sys.getsizeof(*args))
    except Exception as e:
        print(type(e).__name__, e)


class SizedMeta(type):
    def __sizeof__(cls):
        return 1000


class WithMeta(metaclass=SizedMeta):
    pass


print("metaclass __sizeof__", sys.getsizeof(WithMeta) > 1000)
inst = Sized(10)
inst.__sizeof__ = lambda: 99  # an instance attribute is not the special method
print("instance attribute ignored", sys.getsizeof(inst))

print("-- arguments")
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((), {"object": 1}), ((1,), {"default": 2}),
                     ((), {"object": 1, "default": 2}), ((1,), {"x": 2}),
                     ((1,), {"object": 2})]:
    try:
        print(sys.getsizeof(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof.__doc__.splitlines()[0])
