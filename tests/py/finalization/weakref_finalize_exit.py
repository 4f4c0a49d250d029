# weakref.finalize objects still alive at exit are called, newest first, unless their atexit
# attribute is false; an exception in one is printed as a traceback and the others still
# run; after exit nothing calls them again.
import sys, weakref

def excepthook(type, value, tb):
    # The traceback would name the standard library's path: show the exception only.
    print("excepthook:", type.__name__, value, tb is not None)
sys.excepthook = excepthook

class Thing:
    pass

def report(name):
    print("finalize", name)

keep = []
for name in ("first", "second", "third"):
    t = Thing()
    keep.append(t)
    weakref.finalize(t, report, name)

quiet = Thing()
f = weakref.finalize(quiet, report, "atexit off")
f.atexit = False
print(f.atexit, f.alive)

def fails():
    raise ZeroDivisionError("in a finalizer at exit")
boom = Thing()
weakref.finalize(boom, fails)

gone = Thing()
weakref.finalize(gone, report, "collected before exit")
del gone
print("end of script")
