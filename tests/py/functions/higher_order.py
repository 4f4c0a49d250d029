# Higher-order helpers written by hand: my_map, my_filter, my_reduce, partial application.
def my_map(f, items):
    return [f(x) for x in items]
def my_filter(pred, items):
    return [x for x in items if pred(x)]
def my_reduce(f, items, initial):
    acc = initial
    for x in items:
        acc = f(acc, x)
    return acc
def partial(f, *fixed, **fixed_kw):
    def call(*args, **kwargs):
        merged = dict(fixed_kw)
        merged.update(kwargs)
        return f(*fixed, *args, **merged)
    return call
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))
def power(base, exp, mod=None):
    return pow(base, exp) if mod is None else pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), partial(power, 2)(10))
def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
print(pipe("  Mixed Case  ", str.strip, str.lower, lambda s: s.replace(" ", "_")))
print(sorted(["bb", "a", "ccc"], key=partial(my_reduce, lambda a, c: a + 1, initial=0)))
