# LEGB name resolution: local, enclosing, global and builtin scopes, and shadowing at each level.
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        print("inner sees", x)
    inner()
    print("outer sees", x)
outer()
print("module sees", x)

def reads_enclosing():
    y = "enclosing y"
    def inner():
        print("inner reads", y)
    inner()
reads_enclosing()

def reads_global():
    print("function reads", x)
reads_global()

def shadows_builtin():
    len = lambda s: "shadowed len"
    print(len("abc"))
shadows_builtin()
print(len("abc"))

def three_levels():
    a = 1
    def middle():
        b = 2
        def innermost():
            c = 3
            return a + b + c
        return innermost()
    return middle()
print(three_levels())

def param_shadows(x):
    return x * 2
print(param_shadows(21), x)
