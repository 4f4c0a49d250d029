# atexit._run_exitfuncs() runs the callbacks now and forgets them; _clear() forgets them
# without running; a callback that raises is reported while the others run.
import atexit

calls = []
atexit.register(calls.append, "a")
atexit.register(calls.append, "b")
atexit._run_exitfuncs()
print(calls)
atexit._run_exitfuncs()
print(calls)  # nothing left to run

atexit.register(print, "cleared: never printed")
atexit._clear()
atexit._run_exitfuncs()

class Boom:
    def __repr__(self):
        return "<boom>"
    def __call__(self):
        raise KeyError("boom")
boom = Boom()
atexit.register(calls.append, "after boom")
atexit.register(boom)
atexit.register(calls.append, "before boom")
atexit._run_exitfuncs()
print(calls)

class Callable:
    def __init__(self, name):
        self.name = name
    def __call__(self):
        print("callable object", self.name)
    def __eq__(self, other):
        return isinstance(other, Callable) and other.name == self.name
    __hash__ = None
atexit.register(Callable("x"))
atexit.register(Callable("y"))
atexit.unregister(Callable("x"))  # compared with ==
print("end")
