# async def and await, driven by hand with send(None).

def run(coro):
    # Drive a coroutine that never really suspends to its return value.
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

print(run(compute()))

async def nothing():
    pass

print(run(nothing()))

async def chained(n):
    if n == 0:
        return "bottom"
    return "up " + await chained(n - 1)

print(run(chained(5)))

# A coroutine is not iterable and has no __next__.
c = add(1, 2)
print(type(c).__name__)
for name in ("__iter__", "__next__", "send", "throw", "close", "__await__"):
    print(name, hasattr(c, name))
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(run(c))

# Awaiting something that suspends: a yield inside __await__ reaches whoever drives.
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield ("suspended with", self.value)
        return received

async def waits():
    a = await Suspend(1)
    b = await Suspend(2)
    return a + b

c = waits()
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)

# Exceptions propagate through await.
async def fails():
    raise ValueError("failed inside")

async def catches():
    try:
        await fails()
    except ValueError as e:
        return "caught " + str(e)

print(run(catches()))

async def propagates():
    await fails()

try:
    run(propagates())
except ValueError as e:
    print("propagated", e)

# Coroutines calling ordinary functions and using comprehensions, closures, loops.
async def square(x):
    return x * x

async def sum_squares(n):
    total = 0
    for i in range(n):
        total += await square(i)
    results = [await square(i) for i in range(n)]
    return total, results

print(run(sum_squares(5)))

def make_adder(k):
    async def adder(x):
        return x + k
    return adder

print(run(make_adder(100)(5)))

# Async methods, static methods and lambdas returning coroutines.
class Service:
    def __init__(self, name):
        self.name = name
    async def greet(self, who):
        return f"{self.name} greets {who}"
    @staticmethod
    async def version():
        return "1.0"
    @classmethod
    async def create(cls, name):
        return cls(name)

async def use_service():
    s = await Service.create("svc")
    return await s.greet("you"), await Service.version()

print(run(use_service()))

# await in different expression positions.
async def one():
    return 1

async def positions():
    a = [await one(), await one() + 1]
    b = {await one(): await one()}
    c = (await one()) * 10
    d = f"{await one()}!"
    e = await one() if await one() else None
    return a, b, c, d, e

print(run(positions()))

# The value of send() while suspended in an await of a plain awaitable.
async def echo():
    got = await Suspend("first")
    got2 = await Suspend(got)
    return got2

c = echo()
print(c.send(None), c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("echo returned", e.value)
