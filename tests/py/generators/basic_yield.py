# Generators: yield, next(), iteration, return values and exhaustion.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
print(list(count_up(0)))
print(tuple(count_up(3)), set(count_up(3)), sum(count_up(101)))

g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)
print(next(g, "default"))

def returns(value):
    yield "first"
    return value

for value in (42, None, (1, 2), [3], "s", ValueError("inside")):
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), e.args)

def empty():
    return
    yield

print(list(empty()), type(empty()).__name__)

def only_return():
    if False:
        yield
    return 7

try:
    next(only_return())
except StopIteration as e:
    print("only_return", e.value)

def many_yields():
    yield 1
    yield
    yield None
    x = yield 2
    yield x

print(list(many_yields()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def with_args(*args, sep="-", **kw):
    for a in args:
        yield str(a) + sep
    for k in sorted(kw):
        yield f"{k}={kw[k]}"

print(list(with_args(1, 2, sep="+", z=1, a=2)))

def closure_gen():
    total = 0
    def inner(n):
        nonlocal total
        for i in range(n):
            total += i
            yield total
    return inner, lambda: total

gen_fn, get_total = closure_gen()
print(list(gen_fn(5)), get_total())

def independent():
    yield from range(3)

a, b = independent(), independent()
print(next(a), next(a), next(b), next(a), next(b))
print(iter(a) is a, type(iter(a)).__name__)

def nested_loops():
    for i in range(3):
        for j in range(3):
            if i == j:
                continue
            yield i, j

print(list(nested_loops()))

def yield_in_try():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        yield "caught " + repr(e)
    else:
        yield "else"
    finally:
        yield "finally"

print(list(yield_in_try()))

def yield_in_with():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *exc):
            print("exit", exc[0])
            return False
    with CM() as cm:
        yield type(cm).__name__
        yield "in with"

for x in yield_in_with():
    print(x)

def gen_unpacking():
    x, *rest = yield
    print("unpacked", x, rest)
    yield len(rest)

g = gen_unpacking()
next(g)
print(g.send([1, 2, 3]))

print(list(zip(count_up(3), "abc", fib())))
print(dict(enumerate(count_up(3), start=10)))
print(sorted(count_up(5), reverse=True), max(count_up(5)), min(count_up(5)))
print(any(x > 3 for x in count_up(5)), all(x < 3 for x in count_up(5)))
print(list(map(lambda x: x * 2, count_up(4))), list(filter(None, count_up(4))))
print(" ".join(str(x) for x in count_up(4)))
print(3 in count_up(5), 7 in count_up(5))
a, b, c = count_up(3)
print(a, b, c)
print([*count_up(2), *count_up(3)])
try:
    a, b = count_up(3)
except ValueError as e:
    print("ValueError", e)
