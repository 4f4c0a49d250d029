# Generators behind awaitables: __await__ written with yield from, generators driving
# coroutines through their __await__ iterators, and mixing the two worlds.

def run(coro):
    values = []
    try:
        while True:
            values.append(coro.send(None))
    except StopIteration as e:
        return e.value, values

class Step:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        got = yield f"step {self.name}"
        return f"{self.name}:{got}"

class TwoSteps:
    def __await__(self):
        a = yield from Step("one").__await__()
        b = yield from Step("two").__await__()
        return a, b

async def use_two():
    return await TwoSteps()

print(run(use_two()))

# A plain generator can drive a coroutine with yield from coro.__await__().
async def target(x):
    await Step("inside")
    return x * 3

def gen_driver():
    result = yield from target(14).__await__()
    yield "coroutine returned " + str(result)

print(list(gen_driver()))

# ...but yield from a coroutine object itself is refused in a plain generator.
pending = target(1)
def bad_driver():
    yield from pending

g = bad_driver()
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
pending.close()

# A coroutine awaiting an object whose __await__ is a generator that delegates to another
# coroutine's __await__.
class Wrapped:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        print("  wrapping", self.coro.__name__)
        result = yield from self.coro.__await__()
        return ("wrapped", result)

async def outer():
    return await Wrapped(target(5))

print(run(outer()))

# Values sent into the outermost coroutine reach the innermost yield.
async def chain():
    return await Wrapped(deep())

async def deep():
    return await Step("deep")

c = chain()
print(c.send(None))
try:
    c.send("sent-in")
except StopIteration as e:
    print("result", e.value)

# throw() reaches through coroutines and __await__ generators.
class Guarded:
    def __await__(self):
        try:
            yield "guarded"
        except KeyError as e:
            return "guard caught " + repr(e)

async def guarded_user():
    return await Guarded()

c = guarded_user()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# cr_await shows the __await__ generator while suspended there.
c = guarded_user()
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__qualname__, c.cr_await.gi_suspended)
c.close()
print(c.cr_await, c.cr_frame)

# gi_yieldfrom of a generator delegating to a coroutine wrapper.
g = gen_driver()
next(g)
print(type(g.gi_yieldfrom).__name__)
g.close()

# An awaitable whose __await__ returns an iterator object written by hand.
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

class Launch:
    def __await__(self):
        return Countdown(3)

async def launch():
    return await Launch()

print(run(launch()))
