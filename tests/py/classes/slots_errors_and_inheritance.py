# __slots__ with inheritance, and CPython's errors for bad slots.
class Base:
    __slots__ = ("a",)


class Child(Base):
    __slots__ = ("b",)


class Free(Base):
    pass


c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
f = Free()
f.a = 1
f.z = 26
print(f.a, f.z, f.__dict__)
for make in (
    lambda: type("Bad", (), {"__slots__": ("x",), "x": 1}),
    lambda: type("Bad", (), {"__slots__": ("1x",)}),
    lambda: type("Bad", (), {"__slots__": (1,)}),
    lambda: type("Bad", (), {"__slots__": 5}),
    lambda: type("Bad", (int,), {"__slots__": ("x",)}),
    lambda: type("Bad", (tuple,), {"__slots__": ("x",)}),
    lambda: type("Bad", (Free,), {"__slots__": ("__dict__",)}),
    lambda: type("Bad", (), {"__slots__": ("__dict__", "__dict__")}),
):
    try:
        make()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
ok = type("Ok", (int,), {"__slots__": ()})
print(ok(5) + 1, hasattr(ok(5), "__dict__"))
