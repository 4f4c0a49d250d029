# What can be awaited: coroutines, objects with __await__ returning an iterator, and the
# TypeErrors for everything else.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Ready:
    # __await__ as a generator that never suspends.
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

class IterAwait:
    # __await__ returning a plain iterator: its items are yielded to the driver.
    def __await__(self):
        return iter([])

class ListIterAwait:
    def __await__(self):
        return iter(["x", "y"])

async def use():
    a = await Ready(42)
    b = await IterAwait()
    return a, b

print(run(use()))

async def list_iter():
    return await ListIterAwait()

c = list_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

# Errors.
class NotAwaitable:
    pass

class AwaitReturnsInt:
    def __await__(self):
        return 5

made = []
class AwaitReturnsCoroutine:
    def __await__(self):
        made.append(use())
        return made[-1]

class AwaitReturnsIterable:
    def __await__(self):
        return [1, 2]

class AwaitRaises:
    def __await__(self):
        raise LookupError("from __await__")

async def bad(obj):
    return await obj

for obj in (1, "s", None, [1], NotAwaitable(), AwaitReturnsInt(), AwaitReturnsCoroutine(),
            AwaitReturnsIterable(), AwaitRaises(), Ready):
    try:
        run(bad(obj))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)

for c in made:
    c.close()

# A generator is not awaitable; a generator's __await__ attribute on an instance is ignored.
def plain_gen():
    yield

try:
    run(bad(plain_gen()))
except TypeError as e:
    print("TypeError", e)

class InstanceAwait:
    pass

obj = InstanceAwait()
obj.__await__ = lambda: iter([])
try:
    run(bad(obj))
except TypeError as e:
    print("TypeError", e)

# __await__ defined through inheritance and as a method returning another's iterator.
class Base:
    def __await__(self):
        return (yield from Ready("from base").__await__())

class Derived(Base):
    pass

print(run(bad(Derived())))

class Delegating:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def target():
    return "delegated result"

print(run(bad(Delegating(target()))))

# A Future-like object: suspends until a result is set, then returns it.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set_result(self, value):
        self.done = True
        self.result = value
    def __await__(self):
        while not self.done:
            yield self
        return self.result

async def waiter(fut):
    value = await fut
    return "got " + str(value)

fut = Future()
c = waiter(fut)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set_result(99)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# await on an exhausted coroutine.
async def once():
    return 1

co = once()
print(run(co))
async def await_again():
    return await co
try:
    run(await_again())
except RuntimeError as e:
    print("RuntimeError", e)

# A coroutine awaited by two coroutines at the same time.
fut = Future()
shared = waiter(fut)
async def first():
    return await shared
async def second():
    return await shared
c1, c2 = first(), second()
c1.send(None)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
fut.set_result("shared")
try:
    c1.send(None)
except StopIteration as e:
    print(e.value)
