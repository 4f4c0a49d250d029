# __getattr__ runs only when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        print("forwarding", name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits, p.count(1))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    x = "class attr"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


d = Defaults()
print(d.x, d.opt_color, getattr(d, "nope", "fallback"), hasattr(d, "opt_z"), hasattr(d, "zz"))
try:
    d.zz
except AttributeError as e:
    print("AttributeError:", e)


class PropertyFails:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"__getattr__({name})"


print(PropertyFails().broken)


class Recursive:
    def __getattr__(self, name):
        if name == "loop":
            return self.other
        return "end:" + name


print(Recursive().loop)
