# Assignment expressions in comprehensions bind in the enclosing scope (the containing
# function, the module, or a global/nonlocal declared there), also from nested
# comprehensions; they cannot be used in a class body's comprehension.
values = [1, 5, 3, 8, 2]
running = 0
sums = [running := running + v for v in values]
print(sums, running)

# The last bound value survives the comprehension.
found = [w for w in ["apple", "kiwi", "banana"] if (last := w)]
print(found, last)

# A list comprehension evaluates every item, so the last word is bound, not the first hit.
def first_long(words):
    if any([len(hit := w) > 4 for w in words]):
        return hit
    return None

print(first_long(["ab", "abcdef", "xyz"]), first_long(["a"]))

# Binding in a function makes the name a local of the function.
def in_function():
    [(total := i) for i in range(4)]
    return total, "total" in locals()

print(in_function())

# Nested comprehensions: the binding goes to the outermost enclosing function scope.
def nested():
    grid = [[(cell := r * 10 + c) for c in range(3)] for r in range(2)]
    return grid, cell

print(nested())

# A global declared in the enclosing function receives the binding.
g = "unset"
def bind_global():
    global g
    [(g := i) for i in "xyz"]

bind_global()
print("g =", g)

# So does a nonlocal.
def outer():
    n = 0
    def inner():
        nonlocal n
        [(n := n + i) for i in range(5)]
    inner()
    return n

print("n =", outer())

# Walrus in the element, in a filter, in a dict comprehension's key and value.
data = [3, -1, 4, -1, 5]
positives = [y for x in data if (y := x * 2) > 0]
print(positives, y)
mapping = {(k := str(i)): (v := i * i) for i in range(3)}
print(mapping, k, v)

# Walrus reading the iteration variable.
pairs = [(x, (doubled := x * 2)) for x in range(3)]
print(pairs, doubled)

# A comprehension that binds a name the enclosing function also assigns.
def shared():
    count = 100
    [(count := count + 1) for _ in range(3)]
    return count

print(shared())

# The walrus target in a comprehension at module level is a global; a closure sees it.
[(module_level := i) for i in range(2)]
def read_module_level():
    return module_level
print(read_module_level())

# Walrus inside a lambda inside a comprehension binds in the lambda.
fns = [lambda: (inner_val := 42) for _ in range(1)]
print(fns[0](), "inner_val" in globals())
