# CPython 3.11's AttributeError messages for instances, classes and modules.
class Thing:
    cls_attr = 1

    def __init__(self):
        self.real = 2


t = Thing()
for action in (lambda: t.missing, lambda: Thing.missing, lambda: delattr(t, "missing"),
               lambda: delattr(Thing, "missing"), lambda: object().x, lambda: setattr(object(), "x", 1),
               lambda: (1).imag_part, lambda: "s".nope, lambda: setattr(1, "x", 2),
               lambda: delattr(t, "cls_attr")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
e = None
try:
    t.missing
except AttributeError as err:
    e = err
print(e.name, e.obj is t)
try:
    getattr(t, 5)
except TypeError as err:
    print("TypeError:", err)
try:
    setattr(t, 5, 1)
except TypeError as err:
    print("TypeError:", err)
print(getattr(t, "missing", "default"), hasattr(t, "real"), hasattr(Thing, "real"))


class Slotted:
    __slots__ = ("a",)


s = Slotted()
for action in (lambda: s.a, lambda: setattr(s, "b", 1), lambda: delattr(s, "a")):
    try:
        action()
    except AttributeError as err:
        print("AttributeError:", err)
