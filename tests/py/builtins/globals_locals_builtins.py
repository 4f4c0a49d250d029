# globals() and locals() at module level are the same dict; names added to it become variables.
print(globals() is locals())
g = globals()
g["dynamic"] = "created through globals()"
print(dynamic)
print(sorted([k for k in g if not k.startswith("__")]))
print(g["__name__"], g["__doc__"], "__builtins__" in g)
def f(a, b=2, *args, **kwargs):
    c = a + b
    return locals()
print(f(1))
print(f(1, 3, 4, k=5))
def g2():
    x = 1
    loc = locals()
    y = 2
    return loc, locals()
print(g2())
