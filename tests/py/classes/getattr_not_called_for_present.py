# __getattr__ is not consulted for attributes found on the instance, class or via properties.
class C:
    a = 1

    def __init__(self):
        self.b = 2

    @property
    def p(self):
        return 3

    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return "fallback:" + name


c = C()
print(c.a, c.b, c.p)
print(c.zzz)
# A property raising AttributeError falls through to __getattr__.
print(c.broken)
print(getattr(c, "__len__", None) is not None)
print(C.__dict__.get("zzz"))
try:
    C.zzz
except AttributeError as e:
    print(e)
