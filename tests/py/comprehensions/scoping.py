# A comprehension runs in its own function scope: its targets do not leak, it reads the
# enclosing function's locals through closures, the first iterable is evaluated in the
# enclosing scope, and in a class body only that first iterable can see class attributes.
x = "global x"
result = [x for x in range(3)]
print(result, x)

def leak_check():
    y = "outer y"
    values = [y for y in "ab"]
    return values, y

print(leak_check())

# Reading enclosing locals (closures) and globals.
factor = 10
def scale(values):
    offset = 1
    return [v * factor + offset for v in values]

print(scale([1, 2, 3]))

# The enclosing variable is read when the comprehension runs, not when defined.
def late():
    n = 1
    first = [n for _ in range(2)]
    n = 2
    second = [n for _ in range(2)]
    return first, second

print(late())

# Class bodies: the first iterable sees class attributes; the rest of the comprehension
# does not (it looks up globals instead).
limit = "global limit"
class C:
    limit = 3
    items = [i for i in range(limit)]
    try:
        pairs = [(i, j) for i in range(2) for j in range(limit)]
    except TypeError as e:
        pairs = f"{type(e).__name__}: {e}"
    names = [limit for _ in range(2)]

print(C.items)
print(C.pairs)
print(C.names)

# Nested comprehensions close over the outer comprehension's variable.
print([[i * j for j in range(i)] for i in range(4)])

# Lambdas created in a comprehension see the final value of the loop variable (late
# binding) unless it is captured with a default.
late_fns = [lambda: i for i in range(3)]
bound_fns = [lambda i=i: i for i in range(3)]
print([f() for f in late_fns], [f() for f in bound_fns])

# A comprehension in a method reads self and the method's arguments.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def cells(self, skip):
        return [(x, y) for y in range(self.h) for x in range(self.w) if (x, y) != skip]

print(Grid(2, 2).cells((1, 0)))

# A comprehension variable that shadows a function's local used elsewhere in the function.
def shadow():
    i = "kept"
    squares = [i * i for i in range(4)]
    return i, squares

print(shadow())

# The comprehension's own variable is not visible after it, even by locals().
def local_names():
    data = [k for k in range(2)]
    return sorted(locals())

print(local_names())

# An unbound enclosing variable raises NameError (free variable) when read.
def unbound():
    res = [z for _ in range(1)]
    z = 1
    return res

try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)

# Global and nonlocal declarations in the enclosing function are honoured.
counter = 0
def use_global():
    global counter
    counter = 5
    return [counter + i for i in range(2)]

print(use_global(), counter)

def use_nonlocal():
    total = 1
    def inner():
        nonlocal total
        total = 100
        return [total + i for i in range(2)]
    return inner(), total

print(use_nonlocal())
