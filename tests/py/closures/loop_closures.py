# Closures created in loops: late binding of the loop variable versus capturing per iteration.
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i * 10)
    return [f() for f in fs]
def captured_default():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    return [f() for f in fs]
def captured_factory():
    def make(i):
        return lambda: i * 10
    return [make(i)() for i in range(3)]
def comprehension_late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late(), captured_default(), captured_factory(), comprehension_late())
def while_closures():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closures())
handlers = {}
for name in ["save", "load", "quit"]:
    def handler(name=name):
        return "handling " + name
    handlers[name] = handler
print([handlers[k]() for k in handlers])
