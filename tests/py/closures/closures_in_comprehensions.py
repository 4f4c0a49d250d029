# Comprehensions are functions: they close over enclosing locals, and lambdas inside them close too.
def scale_all(values, factor):
    return [v * factor for v in values]
print(scale_all([1, 2, 3], 4))
def matrix(n):
    return [[(r, c) for c in range(n) if c != r] for r in range(n)]
print(matrix(3))
def adders(n):
    return [lambda x, k=k: x + k for k in range(n)]
print([f(100) for f in adders(4)])
def nested_capture():
    base = 10
    return {k: [base + k + j for j in range(2)] for k in range(3)}
print(nested_capture())
def rebind_after():
    m = 2
    fs = [lambda x: x * m for _ in range(2)]
    m = 3
    return [f(5) for f in fs]
print(rebind_after())
def counter_in_comp():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(4)], count
print(counter_in_comp())
