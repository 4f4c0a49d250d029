# __setattr__ and __delattr__ intercept assignments and deletions.
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print(e)


class Audited:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)


a = Audited()
a.x = 1
a.x += 1
print(a.x)
del a.x
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)


class Lower:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)


lw = Lower()
lw.NAME = "x"
setattr(lw, "Other", 2)
print(vars(lw))
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
