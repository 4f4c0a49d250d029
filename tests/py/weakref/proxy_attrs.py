# Attribute get/set/delete through proxies, and errors once the referent is gone.
import weakref


class Obj:
    cls_attr = "class"

    def method(self, x):
        return ("method", x)

    @property
    def prop(self):
        return "prop"


o = Obj()
p = weakref.proxy(o)
p.x = 1
print(o.x, p.x, p.cls_attr, p.method(2), p.prop)
p.y = [1, 2]
p.y.append(3)
print(o.y)
del p.x
print(hasattr(o, "x"), hasattr(p, "x"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.prop = 1
except AttributeError as e:
    print("AttributeError:", e)
setattr(p, "z", 9)
print(getattr(p, "z"), sorted(k for k in vars(o)))
print(sorted(k for k in dir(p) if not k.startswith("__")))
print(p.__dict__ == o.__dict__)
del o
for f in [lambda: p.x, lambda: setattr(p, "a", 1), lambda: delattr(p, "y"),
          lambda: getattr(p, "q", 5), lambda: hasattr(p, "y")]:
    try:
        print(f())
    except ReferenceError as e:
        print("ReferenceError:", e)
