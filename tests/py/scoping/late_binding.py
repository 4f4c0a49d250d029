# Closures bind names, not values: loop closures see the final value unless captured by a default.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])

def make_late():
    result = []
    for n in range(3):
        def add(x):
            return x + n
        result.append(add)
    n = 100
    return result
print([a(10) for a in make_late()])

def rebinding():
    value = "first"
    def show():
        return value
    value = "second"
    return show()
print(rebinding())
i = "changed"
print(funcs[0](), funcs[3]())
