# yield from: delegation to generators and other iterables, and its value.

def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from inner(2)
    b = yield from inner(3)
    yield ("results", a, b)

print(list(outer()))

# Any iterable can be delegated to; its value is None.
def from_iterables():
    r1 = yield from [1, 2]
    r2 = yield from "ab"
    r3 = yield from range(3, 5)
    r4 = yield from {"k": 1}
    r5 = yield from (x * x for x in range(3))
    r6 = yield from iter([9])
    yield (r1, r2, r3, r4, r5, r6)

print(list(from_iterables()))

# Delegating to a non-iterable.
def bad():
    yield from 42

try:
    list(bad())
except TypeError as e:
    print("TypeError", e)

def bad_none():
    yield from None

try:
    next(bad_none())
except TypeError as e:
    print("TypeError", e)

# An iterator class as the subiterator, with StopIteration carrying a value.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

def launch():
    result = yield from Countdown(3)
    yield result

print(list(launch()))

# Deep delegation chains.
def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from chain(depth - 1)
    yield f"level {depth}"
    return got + 1

print(list(chain(4)))
g = chain(50)
items = list(g)
print(len(items), items[0], items[-1])

def total_depth(depth):
    result = yield from chain(depth)
    return result

try:
    next_values = list(total_depth(3))
    print(next_values)
except StopIteration:
    pass

def collect_return(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value

print(collect_return(total_depth(30)))

# Recursive flattening.
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[[8]]]]])))

# yield from a generator that is already running or finished.
def finished():
    yield 1

f = finished()
list(f)
def reuse():
    r = yield from f
    yield "reused, got " + repr(r)

print(list(reuse()))

# yield from the same generator object twice: the second one sees it exhausted.
shared = inner(3)
def take_two():
    yield from shared
    yield "between"
    yield from shared

print(list(take_two()))

# Exceptions raised by the subgenerator propagate through yield from.
def failing():
    yield "ok"
    raise ValueError("inner failure")

def wrapper():
    try:
        yield from failing()
    except ValueError as e:
        yield "wrapper caught " + str(e)

print(list(wrapper()))

# StopIteration raised explicitly by the subgenerator is a RuntimeError (PEP 479).
def explicit_stop():
    yield 1
    raise StopIteration("explicit")

def delegate_stop():
    r = yield from explicit_stop()
    yield r

try:
    print(list(delegate_stop()))
except RuntimeError as e:
    print("RuntimeError", e)

# yield from inside expressions.
def in_expressions():
    x = [(yield from inner(1)), (yield from inner(2))]
    y = (yield from inner(0)) + 1
    yield x, y

print(list(in_expressions()))

# gi_yieldfrom shows the subiterator while delegating.
def show():
    yield from inner(2)

g = show()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
next(g)
print(g.gi_yieldfrom.gi_running, g.gi_yieldfrom.gi_suspended)
print(list(g), g.gi_yieldfrom)

it = iter([1, 2])
def show_list():
    yield from it

g = show_list()
next(g)
print(g.gi_yieldfrom is it)
