# atexit: callbacks run at exit, last registered first, with their arguments; unregister
# forgets every registration of a function; errors in callbacks are reported and the rest
# still run; _run_exitfuncs runs and forgets them now.
import atexit

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def first():
    print("first registered, runs last")

atexit.register(first)
atexit.register(show, 1, 2, key="value")
atexit.register(show, "no kwargs")

@atexit.register
def decorated():
    print("decorated callback")
print("decorator returns the function:", decorated.__name__)

def dropped():
    print("never printed")
atexit.register(dropped)
atexit.register(dropped, "twice")
atexit.unregister(dropped)
atexit.unregister(lambda: None)  # not registered: nothing happens

class Named:
    # A callable with a fixed repr, so that the report does not show an address.
    def __init__(self, name, exc):
        self.name, self.exc = name, exc
    def __repr__(self):
        return "<callback %s>" % self.name
    def __call__(self):
        raise self.exc

atexit.register(Named("failing", ValueError("a callback failed")))
atexit.register(Named("exits", SystemExit(5)))  # reported; the exit status stays 0

def registers_more():
    print("registering during exit")
    atexit.register(lambda: print("registered during exit: not run"))
atexit.register(registers_more)

for bad in (42, "text", None):
    try:
        atexit.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    atexit.register()
except TypeError as e:
    print(type(e).__name__)

# Run now: these are called once and forgotten.
import atexit as again
print(again is atexit)
print("end of script")
