# __setattr__/__delattr__ overrides that validate then call object.__setattr__/__delattr__.
class Strict:
    __fields = ("x", "y")

    def __setattr__(self, name, value):
        if name not in Strict.__fields:
            raise AttributeError(f"cannot set {name!r}")
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


s = Strict()
s.x = 1
s.y = 2
print(vars(s))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.x
print(vars(s))
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)
setattr(s, "x", 10)
print(s.x)
delattr(s, "y")
print(hasattr(s, "y"))
