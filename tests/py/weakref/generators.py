# Generators, coroutines and asynchronous generators can be weakly referenced; the references
# are cleared (and call back) before a dying generator's finally blocks run, as in CPython.
import weakref, gc
def g():
    try:
        yield 1
    finally:
        print("finally", r() is None)
it = g(); next(it)
r = weakref.ref(it, lambda ref: print("callback"))
print(r() is it, weakref.getweakrefcount(it))
del it
print("after del", r())
async def co(): pass
c = co(); rc = weakref.ref(c); print(rc() is c); c.close(); del c; print(rc())
async def ag():
    yield 1
a = ag(); ra = weakref.ref(a); print(ra() is a); del a; print(ra())
