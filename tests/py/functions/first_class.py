# Functions as values: in lists and dicts, passed as arguments, returned, and compared.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def mul(a, b):
    return a * b
ops = {"+": add, "-": sub, "*": mul}
for symbol in ["+", "-", "*"]:
    print(symbol, ops[symbol](7, 3))
pipeline = [lambda x: x + 1, lambda x: x * 2, str]
value = 5
for step in pipeline:
    value = step(value)
print(repr(value))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(abs, -3))
def make_op(name):
    return ops[name]
print(make_op("*")(6, 7), make_op("+") is add, add == add, add == sub)
funcs = [len, str.upper, sorted]
print([f("cab") for f in funcs])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda x: x - 10)(3))
print(list(map(add, [1, 2], [10, 20])))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def alpha():
    pass
@register
def beta():
    pass
print(registry)
