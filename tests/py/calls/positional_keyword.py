# Positional and keyword arguments in every mix, and argument evaluation order.
def f(a, b, c):
    return "a={} b={} c={}".format(a, b, c)
print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, c=3, b=2))
print(f(c=3, b=2, a=1))
print(f(*[1, 2], c=3))
print(f(1, *(2, 3)))
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(1, **{'c': 3, 'b': 2}))

order = []
def note(tag, value):
    order.append(tag)
    return value
print(f(note("first", 1), c=note("third", 3), b=note("second", 2)))
print(order)

def g(x, y):
    return x - y
print(g(10, 3), g(y=10, x=3), g(3, y=10))
args = (7, 2)
print(g(*args), g(*reversed(args)))
