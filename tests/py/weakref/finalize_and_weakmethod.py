# weakref.finalize calls its function once, when the object dies or when called; WeakMethod
# follows a bound method's object and function.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        return "closed " + self.name


def cleanup(tag, *, verbose=False):
    print("cleanup", tag, "verbose" if verbose else "")
    return tag


r = Resource("db")
fin = weakref.finalize(r, cleanup, "db", verbose=True)
print(fin.alive, fin.peek()[1] is cleanup, fin.peek()[2], fin.atexit)
del r
print(fin.alive, fin(), fin.peek())

r2 = Resource("file")
fin2 = weakref.finalize(r2, cleanup, "file")
print(fin2(), fin2.alive, fin2())
del r2
print("no second call")

r3 = Resource("sock")
fin3 = weakref.finalize(r3, cleanup, "sock")
obj, func, args, kwargs = fin3.detach()
print(obj is r3, func is cleanup, args, kwargs, fin3.alive)
del r3, obj
print("detached: nothing called")

res = Resource("net")
wm = weakref.WeakMethod(res.close)
print(wm()(), wm() == res.close, wm == weakref.WeakMethod(res.close))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
dead = []
wm2 = weakref.WeakMethod(res.close, lambda w: dead.append(w is wm2))
del res
print(wm(), dead)
