# Generator expressions: laziness, scoping, and the eagerly evaluated first iterable.

squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(next(squares), list(squares), list(squares))

# The first iterable is evaluated at once, the rest lazily.
def noisy(name, items):
    print("iterating", name)
    return items

g = (a + b for a in noisy("first", [1, 2]) for b in noisy("second", [10, 20]))
print("created")
print(list(g))

# Errors in the first iterable are raised at creation.
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)

# Errors in later parts are raised while iterating.
g = (x for x in [1] for y in 5)
try:
    next(g)
except TypeError as e:
    print("TypeError", e)

g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Conditions and nesting.
print(list(x for x in range(20) if x % 2 if x % 3))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(list(y for y in range(x)) for x in range(4)))
print(sum(x for x in range(100) if x % 7 == 0))

# Scoping: the loop variable does not leak; enclosing variables are read lazily.
x = "outer x"
g = (x for x in range(3))
print(list(g), x)

n = 1
g = (n * i for i in range(3))
n = 10
print(list(g))

def make():
    factor = 3
    return (factor * i for i in range(4))

print(list(make()))

class C:
    values = [1, 2, 3]
    # The first iterable is evaluated in the class body; the rest cannot see class names.
    doubled = list(v * 2 for v in values)

print(C.doubled)

try:
    class D:
        k = 2
        bad = list(v * k for v in range(3))
except NameError as e:
    print("NameError", e)

# A generator expression as the only argument needs no extra parentheses.
print(max(len(w) for w in "a quick brown fox".split()))
print(dict((k, len(k)) for k in ["ab", "c"]))
print(sorted((v for v in [3, 1, 2]), reverse=True))

# Generator expressions support send(None), throw and close like generators.
g = (x for x in range(3))
print(g.send(None))
try:
    g.send(1)
except AttributeError as e:
    print("AttributeError", e)
except TypeError as e:
    print("TypeError", e)
g.close()
print(list(g))
g = (x for x in range(3))
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
print(g.gi_frame)

# Nested generator expressions share nothing.
outer = ((i, (j for j in range(i))) for i in range(3))
for i, inner in outer:
    print(i, list(inner))

# Generator expressions over generators.
def numbers():
    yield from range(6)

evens = (n for n in numbers() if n % 2 == 0)
doubled = (n * 2 for n in evens)
print(list(doubled))

# The frame of a generator expression.
g = (x for x in [1, 2])
print(g.gi_code.co_name, g.gi_running, g.gi_suspended)
next(g)
print(sorted(g.gi_frame.f_locals), g.gi_suspended)

# Unpacking in the for clause and conditional expressions as elements.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print(list(f"{n}{s}" if n % 2 else s.upper() for n, s in pairs))
print(list(a for a, *rest in [(1, 2, 3), (4,)]))

# Walrus inside a generator expression binds in the enclosing scope.
total = 0
print(list((total := total + v) for v in [1, 2, 3]), total)
