# Lambdas inside comprehensions and comprehensions inside lambdas: late binding of the
# comprehension variable, binding with defaults, closures over the enclosing function,
# and lambdas used as filters and transforms.
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])

# A lambda whose body is a comprehension.
squares_upto = lambda n: [k * k for k in range(n)]
print(squares_upto(5))
evens_of = lambda seq, pred=lambda v: v % 2 == 0: [v for v in seq if pred(v)]
print(evens_of(range(10)), evens_of(range(10), lambda v: v > 6))

# A comprehension inside a lambda inside a comprehension.
tables = [lambda n=n: [n * m for m in range(1, 4)] for n in range(1, 4)]
print([t() for t in tables])

# Closures over the enclosing function's variables from lambdas in comprehensions.
def make_scalers(factors, offset):
    return [lambda v, f=f: v * f + offset for f in factors]

print([s(2) for s in make_scalers([1, 10, 100], 5)])

# Lambdas as sort keys in comprehensions.
records = [{"name": "b", "n": 2}, {"name": "a", "n": 3}, {"name": "c", "n": 1}]
print([r["name"] for r in sorted(records, key=lambda r: r["n"])])
print([[v for v in sorted(group, key=lambda s: s[::-1])] for group in [["ab", "ba"], ["zz", "az"]]])

# Dict of lambdas built by a comprehension, each capturing its own operator name.
import math
funcs = {name: (lambda x, name=name: getattr(math, name)(x)) for name in ["sqrt", "floor", "ceil"]}
print({k: f(10.5) for k, f in funcs.items()})

# The lambda sees the comprehension variable's final value after the loop ended.
def last_value():
    fns = [lambda: x for x in "abc"]
    return [f() for f in fns]

print(last_value())

# Calling the lambda inside the comprehension uses the current value.
print([(lambda: x)() for x in "abc"])
