# Keyword-only parameters after * or *args, with and without defaults.
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2))
print(f(1, flag=True, key="k"))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def g(*args, sep="-", end="."):
    return sep.join([str(a) for a in args]) + end
print(g(1, 2, 3))
print(g(1, 2, 3, sep="+", end="!"))
print(g())

def h(*, a, b):
    return a * b
print(h(a=3, b=4), h(b=2, a=5))
try:
    h(3, 4)
except TypeError as e:
    print(e)
try:
    h(a=1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
print(f.__kwdefaults__, h.__kwdefaults__)

def k(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(k(1, c=3))
print(k(1, 2, 3, 4, c=5, e=6))
