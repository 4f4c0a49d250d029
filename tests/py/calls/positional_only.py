# Positional-only parameters (before /) and the errors when they are passed by keyword.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)

def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))

def h(a, b=2, /):
    return a + b
print(h(1), h(1, 5))
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)

def pow_like(base, exp, mod=None, /):
    r = base ** exp
    return r if mod is None else r % mod
print(pow_like(2, 10), pow_like(2, 10, 1000))
print(divmod(17, 5))
try:
    divmod(a=17, b=5)
except TypeError as e:
    print(e)
