# A module whose objects report what their module's globals hold when they die. __del__ is
# a descriptor whose bound form has a fixed repr, so error reports show no address.
class FixedRepr:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls):
        return Bound(self.func, obj)

class Bound:
    def __init__(self, func, obj):
        self.func, self.obj = func, obj
    def __call__(self):
        return self.func(self.obj)
    def __repr__(self):
        return "<Loud.__del__ of %s>" % self.obj.name

def loud_del(self):
    print("del", self.name, "sees public =", name_of(public), "_private =", name_of(_private))

def name_of(obj):
    return getattr(obj, "name", obj)

class Loud:
    def __init__(self, name):
        self.name = name
    __del__ = FixedRepr(loud_del)

_private = Loud("_private")
public = Loud("public")
last = Loud("last")
