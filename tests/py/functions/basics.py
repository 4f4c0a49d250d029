# Function definition and calls: implicit None return, early returns, multiple return values.
def greet(name):
    return "Hello, " + name
def no_return():
    x = 1
def bare_return():
    return
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
def min_max(values):
    return min(values), max(values)
print(greet("World"))
print(no_return(), bare_return())
print([sign(n) for n in (-5, 0, 5)])
lo, hi = min_max([3, 9, 1])
print(lo, hi, min_max([7]))
def side_effect(log):
    log.append("called")
log = []
side_effect(log)
side_effect(log)
print(log)
print(type(greet).__name__, greet.__name__)
def redefine():
    return "first"
first = redefine
def redefine():
    return "second"
print(first(), redefine())
def nested_defs(x):
    def helper(y):
        return y * 2
    return helper(x) + 1
print(nested_defs(5))
