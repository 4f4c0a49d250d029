# globals() and locals() as dictionaries: contents, order and writes through globals().
a = 1
b = "two"
g = globals()
print(g["a"], g["b"], "__name__" in g, g["__name__"])
g["c"] = 3
print(c)

def f(x, y=2):
    z = x + y
    return locals()
print(f(1))
print(sorted(f(5, 6).items()))

def empty():
    return locals()
print(empty())

def outer():
    v = 1
    def inner():
        return locals()
    return inner()
print(outer())

def uses_free():
    v = 1
    def inner():
        return v, locals()
    return inner()
print(uses_free())
print(globals() is g)
print(type(globals()).__name__)
