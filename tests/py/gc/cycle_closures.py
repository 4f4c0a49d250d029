# Functions that reach themselves through their closure cells or defaults form cycles that
# only the collector frees.
import gc
import weakref

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  marker gone:", self.name)


def make_recursive():
    m = Marker("recursive")

    def fact(n):
        m  # keep the marker in the closure
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


f = make_recursive()
print("fact(6):", f(6))
print("cell holds itself:", f.__closure__[0].cell_contents is f or f.__closure__[1].cell_contents is f)
del f
print("before collect")
print("collected:", gc.collect())


def make_pair():
    m = Marker("mutual")

    def even(n):
        m
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)
    return even


e = make_pair()
print("even(10):", e(10), "even(7):", e(7))
del e
print("before collect")
gc.collect()


def counter():
    count = 0
    state = {"m": Marker("state")}

    def step():
        nonlocal count
        count += 1
        return count
    state["step"] = step
    step.state = state
    return step


s = counter()
print(s(), s(), s())
ws = weakref.ref(s)
del s
print("alive:", ws() is not None)
gc.collect()
print("alive after collect:", ws() is not None)


class Widget:
    def __init__(self):
        self.m = Marker("lambda-callback")
        self.on_click = lambda: self.m.name


w = Widget()
print(w.on_click())
del w
print("before collect")
gc.collect()

g = lambda: g
print(g() is g)
del g
print("global lambda: module dict keeps nothing, collected:", gc.collect())
print("end")
