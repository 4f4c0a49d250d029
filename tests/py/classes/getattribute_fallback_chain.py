# __getattribute__ delegating to object.__getattribute__, and __getattr__ after its AttributeError.
class Logged:
    cls_attr = "from class"

    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("getattr", name)
        if name == "dyn":
            return 42
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


o = Logged()
print(o.x)
print(o.cls_attr)
print(o.dyn)
print(o.secret if False else "skip")
try:
    o.secret
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(o, "missing", "default"))
print(hasattr(o, "x"), hasattr(o, "nope"))
