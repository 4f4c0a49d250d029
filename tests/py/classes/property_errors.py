# CPython 3.11's messages for missing property accessors.
class C:
    @property
    def ro(self):
        return 1

    wo = property(None, lambda self, v: print("set wo", v))
    nothing = property()


c = C()
c.wo = 5
for action in (lambda: setattr(c, "ro", 2), lambda: delattr(c, "ro"), lambda: c.wo,
               lambda: c.nothing, lambda: setattr(c, "nothing", 1), lambda: delattr(c, "nothing")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
p = property(lambda self: 1)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    property(fx=1)
except TypeError as e:
    print("TypeError:", e)


class Raising:
    @property
    def value(self):
        raise KeyError("inside getter")


try:
    Raising().value
except KeyError as e:
    print("KeyError:", e)
