# Call specializations (CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS): changes to a function's
# code, defaults and the callee at a site must be noticed. Loops run long enough (> 8
# executions) for each site to specialize first.


def add(a, b):
    return a + b


def with_default(a, b=10, c=100):
    return a + b + c


def run(f, n, *args):
    out = None
    for _ in range(n):
        out = f(*args)
    return out


def site(n):
    out = []
    for i in range(n):
        out.append(add(i, 1))
    return out


print(site(100)[-1])
add.__code__ = (lambda a, b: a * b).__code__
print(site(100)[-1])
add.__code__ = (lambda a, b=5: a - b).__code__
print(site(100)[-1])


def defaults_site(n):
    out = []
    for i in range(n):
        out.append(with_default(i))
        out.append(with_default(i, 1))
    return out


print(defaults_site(100)[-2:])
with_default.__defaults__ = (20, 200)
print(defaults_site(100)[-2:])
with_default.__defaults__ = (1000,)
try:
    defaults_site(100)
except TypeError as e:
    print(type(e).__name__, e)
with_default.__defaults__ = None
try:
    defaults_site(100)
except TypeError as e:
    print(type(e).__name__, e)


# The callee changes at one site: Python functions, a builtin, a class, a bound method.
class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra

    def __repr__(self):
        return f"Box({self.v})"


def call_each(fs, arg):
    return [f(arg) for f in fs]


fs = [lambda x: x + 1] * 30 + [abs, str, Box, Box(5).get, lambda x, y=2: x * y, hex]
res = call_each(fs, -3)
print(res[29:33], res[-3:])
try:
    call_each([lambda x: x] * 20 + [lambda: 0], 1)
except TypeError as e:
    print(type(e).__name__, e)

# Keyword arguments at a site, generators and recursion through a specialized site.
def kw(a, b=2):
    return (a, b)


print([kw(1, b=i) for i in range(20)][-1], [kw(a=i) for i in range(20)][-1])


def gen(n):
    yield n


print([next(gen(i)) for i in range(30)][-1])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print([depth(50) for _ in range(20)][-1])
try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__, e)

# Methods called through a specialized LOAD_METHOD + CALL, then the method is replaced.
b = Box(1)
out = []
for i in range(150):
    if i == 100:
        Box.get = lambda self, extra=0: "replaced"
    out.append(b.get())
print(out[99], out[100])

# Closures and free variables in specialized calls.
def make_adder(k):
    def adder(x):
        return x + k

    return adder


adders = [make_adder(i) for i in range(100)]
print(sum(a(1) for a in adders))
