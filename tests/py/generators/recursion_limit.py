# Deep recursion through generators ends in RecursionError, and the program can go on.
import sys

def nest(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nest(n - 1)

print(next(nest(100)))

def unbounded(n):
    yield from unbounded(n + 1)

try:
    next(unbounded(0))
except RecursionError as e:
    print("RecursionError", e)

def unbounded_next(n):
    yield next(unbounded_next(n + 1))

try:
    next(unbounded_next(0))
except RecursionError as e:
    print("RecursionError", e)

def unbounded_for(n):
    for x in unbounded_for(n + 1):
        yield x

try:
    list(unbounded_for(0))
except RecursionError as e:
    print("RecursionError", e)

# After the error, generators work as before.
print(list(nest(50)))

# A lower recursion limit applies to generator frames too.
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    next(nest(500))
except RecursionError as e:
    print("limited:", e)
print(next(nest(100)))
sys.setrecursionlimit(old)

# Recursion through a generator's finally while closing.
def closing_chain(n):
    try:
        yield n
    finally:
        if n:
            g = closing_chain(n - 1)
            next(g)
            g.close()

g = closing_chain(50)
next(g)
g.close()
print("closed a chain of 50")

# Deeply nested generator expressions.
g = iter([1, 2, 3])
for _ in range(100):
    g = (x + 1 for x in g)
print(list(g))
