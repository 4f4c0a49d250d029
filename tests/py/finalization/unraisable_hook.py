# sys.unraisablehook receives what cannot be raised: exceptions in __del__, in weak reference
# callbacks and in atexit callbacks; a hook that raises is itself reported by the default one.
# Functions that appear in reports have fixed reprs (callable objects), not addresses.
import sys, weakref, gc

class Named:
    def __init__(self, name, exc):
        self.name, self.exc = name, exc
    def __repr__(self):
        return "<%s>" % self.name
    def __call__(self, *args):
        raise self.exc

class Dies:
    __del__ = Named("Dies.__del__", ValueError("from __del__"))

seen = []
def hook(u):
    seen.append(u)
    print("hook:", type(u).__name__, u.exc_type.__name__, repr(u.exc_value),
          u.err_msg, u.object, type(u.exc_traceback).__name__)

print(sys.unraisablehook is sys.__unraisablehook__)
print(sys.__unraisablehook__)
sys.unraisablehook = hook
d = Dies()
del d
print(len(seen), seen[0][0].__name__, len(seen[0]))

class Target:
    pass
t = Target()
r = weakref.ref(t, Named("weakref callback", RuntimeError("from a weakref callback")))
del t

class Cycle:
    def __init__(self):
        self.me = self
    __del__ = Named("Cycle.__del__", KeyError("from a collected cycle"))
Cycle()
gc.collect()

sys.unraisablehook = Named("broken hook", TypeError("the hook itself fails"))
d = Dies()
del d

sys.unraisablehook = None  # no hook: the default report
d = Dies()
del d

sys.unraisablehook = sys.__unraisablehook__
for bad in (None, 1, ("a", "b")):
    try:
        sys.__unraisablehook__(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class Quiet(Exception):
    pass
class Empty:
    __del__ = Named("Empty.__del__", Quiet)
e = Empty()
del e
class NoMessage:
    __del__ = Named("NoMessage.__del__", KeyError())
n = NoMessage()
del n

class BadName:
    def __del__(self):
        undefined_name_here  # no "Did you mean" in unraisable reports
    def __repr__(self):
        return "<BadName>"
def reporter(u):
    print("reported:", u.exc_type.__name__, u.exc_value)
sys.unraisablehook = reporter
b = BadName()
del b
sys.unraisablehook = sys.__unraisablehook__
print("end")
