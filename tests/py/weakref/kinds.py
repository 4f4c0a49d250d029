# Which kinds of objects can be weakly referenced.
import weakref
import sys
import gc


def func():
    return 1


class C:
    def m(self):
        pass


class S:
    __slots__ = ("x",)


class SW:
    __slots__ = ("x", "__weakref__")


class SubList(list):
    pass


class SubDict(dict):
    pass


class SubInt(int):
    pass


class SubTuple(tuple):
    pass


def gen():
    yield 1


objs = [
    ("function", func),
    ("class", C),
    ("instance", C()),
    ("set", {1, 2}),
    ("frozenset", frozenset({3})),
    ("module", sys),
    ("gc module", gc),
    ("lambda", lambda: 0),
    ("slots with weakref", SW()),
    ("list subclass", SubList()),
    ("dict subclass", SubDict()),
    ("type", type),
    ("code", func.__code__),
    ("bound method", C().m),
    ("method-wrapper", C().__init__),
    ("property", property()),
]
for name, o in objs:
    try:
        r = weakref.ref(o)
        print(name, "ok", r() is o)
    except TypeError as e:
        print(name, "TypeError:", e)

bad = [
    ("slots", S()),
    ("int subclass", SubInt(3)),
    ("tuple subclass", SubTuple()),
    ("int", 3),
    ("str", "x"),
    ("list", []),
    ("dict", {}),
    ("tuple", ()),
    ("None", None),
    ("bytes", b""),
    ("bytearray", bytearray()),
    ("float", 1.0),
    ("object", object()),
    ("bool", True),
    ("complex", 1j),
    ("range", range(3)),
]
for name, o in bad:
    try:
        weakref.ref(o)
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError:", e)

print(hasattr(S(), "__weakref__"), hasattr(SW(), "__weakref__"), SW().__weakref__)
o = SW()
r = weakref.ref(o)
print(o.__weakref__ is r)
try:
    o.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
