# Error messages of the weakref module for bad arguments and dead references.
import weakref

cases = [
    lambda: weakref.ref(1),
    lambda: weakref.ref("s"),
    lambda: weakref.ref([]),
    lambda: weakref.ref({}),
    lambda: weakref.proxy(2.0),
    lambda: weakref.getweakrefcount(),
    lambda: weakref.getweakrefs(),
    lambda: weakref.WeakMethod(print),
    lambda: weakref.WeakSet([1]),
    lambda: weakref.WeakKeyDictionary({1: 2}),
    lambda: weakref.WeakValueDictionary({1: 2}),
    lambda: weakref.WeakValueDictionary({}, {}),
    lambda: weakref.WeakKeyDictionary({}, {}),
    lambda: weakref.finalize(),
    lambda: weakref.ref.__new__(1),
    lambda: weakref.ref.__new__(int, object),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


class O:
    pass


p = weakref.proxy(O())
for c in [lambda: p.x, lambda: p(), lambda: len(p), lambda: p == 1, lambda: hash(p), lambda: repr(p)[:11]]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
