# Comprehension scopes: the loop variable does not leak; enclosing locals and globals are visible.
i = "global i"
squares = [i * i for i in range(5)]
print(squares, i)

def f():
    factor = 3
    return [factor * k for k in range(4)]
print(f())

def nested():
    rows = 3
    return [[r * c for c in range(rows)] for r in range(rows)]
print(nested())

def uses_outer_in_condition():
    limit = 2
    return [x for x in range(6) if x > limit]
print(uses_outer_in_condition())

d = {k: k * 2 for k in "abc"}
print(d)
s = {v % 3 for v in range(10)}
print(s)
k = "unchanged"
print(k)

def comprehension_captures():
    funcs = [lambda: n for n in range(3)]
    return [g() for g in funcs]
print(comprehension_captures())

def walrus_in_comprehension():
    data = [1, 5, 2, 8, 3]
    result = [y for x in data if (y := x * 2) > 4]
    return result, y
print(walrus_in_comprehension())
matrix = [[1, 2], [3, 4], [5, 6]]
flat = [v for row in matrix for v in row]
print(flat)
print([(a, b) for a in range(3) for b in range(a)])
