# Generators in cycles: a suspended generator inside a collected cycle is closed (its finally
# blocks run) when the collector frees it.
import gc
import weakref

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  marker gone:", self.name)


def self_aware():
    me = yield "first"
    try:
        m = Marker("gen-local")
        yield me
    finally:
        print("  finally in self_aware")


g = self_aware()
print(next(g))
print(g.send(g) is g)
del g
print("before collect")
print("collected > 0:", gc.collect() > 0)


class Owner:
    def __init__(self):
        self.it = self.walk()

    def walk(self):
        try:
            yield 1
            yield 2
        finally:
            print("  finally in walk")


o = Owner()
print(next(o.it))
wr = weakref.ref(o)
del o
print("owner alive:", wr() is not None)
gc.collect()
print("owner alive after:", wr() is not None)

o = Owner()
wr = weakref.ref(o)
del o
print("unstarted generator: no finally, alive:", wr() is not None)
gc.collect()
print("alive after:", wr() is not None)


def refcount_closed():
    try:
        yield 1
    finally:
        print("  finally on refcount death")


g = refcount_closed()
next(g)
del g
print("after del")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise


holder = {}
g = catches_exit()
holder["g"] = g
g.gi_frame.f_locals  # touch the frame
next(g)
holder["self"] = holder
del g, holder
gc.collect()


def pair():
    other = yield
    try:
        yield
    finally:
        print("  finally in pair")


a, b = pair(), pair()
next(a)
next(b)
a.send(b)
b.send(a)
del a, b
print("two generators holding each other")
gc.collect()
print("end")
