# Lambdas: positional, default, keyword-only, positional-only, *args and **kwargs parameters;
# defaults evaluated once at definition; closures over enclosing variables (late binding);
# immediately called lambdas; lambdas returning lambdas; attributes of lambda functions.
add = lambda a, b: a + b
print(add(2, 3), add("x", "y"))
print((lambda: "no args")())
print((lambda x, y=10: x + y)(1), (lambda x, y=10: x + y)(1, 2))
print((lambda *args: args)(1, 2, 3), (lambda *args: args)())
print((lambda **kw: sorted(kw.items()))(b=2, a=1))
print((lambda a, *rest, key=None, **kw: (a, rest, key, kw))(1, 2, 3, key="k", extra=4))
print((lambda a, b, /, c: (a, b, c))(1, 2, c=3))
print((lambda *, only: only)(only="kw"))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))

# Defaults are evaluated once, when the lambda is created.
counter = [0]
def next_value():
    counter[0] += 1
    return counter[0]

f = lambda v=next_value(): v
print(f(), f(), counter)
shared = lambda acc=[]: acc.append(1) or len(acc)
print(shared(), shared(), shared([]))

# Closures: the variable is read at call time.
def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))

def late_binding():
    k = 1
    g = lambda: k
    k = 2
    return g()

print(late_binding())

# Lambdas returning lambdas (currying) and recursion through a name.
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  shout  "))

# Lambdas as key functions and in data structures.
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(["bb", "a", "ccc"], key=lambda s: len(s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(7))))

# Attributes: __name__, __qualname__, defaults, code flags.
def where():
    return lambda q=1, *, r=2: q
lam = where()
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__kwdefaults__)
print(add.__code__.co_argcount, add.__code__.co_varnames)

# Argument errors name the lambda.
for call in [lambda: add(1), lambda: add(1, 2, 3), lambda: add(1, b=2, c=3),
             lambda: (lambda *, k: k)(1), lambda: (lambda a, /: a)(a=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

# A lambda body is a single expression: conditional expressions, walrus at lambda level.
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 5)])
remember = lambda v: (saved := v * 2, saved + 1)
print(remember(4))

# Lambdas in default arguments and class bodies.
class Shape:
    area = lambda self: self.w * self.h
    def __init__(self, w, h):
        self.w, self.h = w, h

print(Shape(3, 4).area())
def apply(v, fn=lambda x: -x):
    return fn(v)
print(apply(5), apply(5, abs))
