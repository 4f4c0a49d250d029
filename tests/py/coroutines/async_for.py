# async for: __aiter__ / __anext__, StopAsyncIteration, else clauses, and the TypeErrors.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def collect(aiterable):
    out = []
    async for item in aiterable:
        out.append(item)
    return out

print(run(collect(Ticker(4))))
print(run(collect(Ticker(0))))

# break, continue, else.
async def loop_control():
    out = []
    async for x in Ticker(10):
        if x % 2:
            continue
        if x > 6:
            break
        out.append(x)
    else:
        out.append("no else after break")
    async for x in Ticker(2):
        out.append(("second", x))
    else:
        out.append("else ran")
    return out

print(run(loop_control()))

# Nested async for and tuple targets.
class Pairs:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def nested():
    out = []
    async for a, b in Pairs([(1, "x"), (2, "y")]):
        async for t in Ticker(a):
            out.append(f"{b}{t}")
    return out

print(run(nested()))

# __anext__ returning an awaitable that is not a coroutine.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

class Stop:
    def __await__(self):
        raise StopAsyncIteration
        yield

class AwaitableNext:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        return Ready(self.n * 100) if self.n < 4 else Stop()

print(run(collect(AwaitableNext())))

# __anext__ that suspends: values pass out to the driver.
class Slow:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        await Pause(f"fetching {self.n}")
        return self.n

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

c = collect(Slow())
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("collected", e.value)

# Exceptions raised by __anext__ other than StopAsyncIteration propagate.
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("broken iterator")

try:
    run(collect(Broken()))
except KeyError as e:
    print("KeyError", e)

# Exceptions in the body propagate and leave the iterator as it was.
async def body_raises():
    t = Ticker(5)
    try:
        async for x in t:
            if x == 3:
                raise ValueError("body")
    except ValueError:
        return "stopped at", t.i

print(run(body_raises()))

# TypeErrors.
class NoAiter:
    pass

class AiterNoAnext:
    def __aiter__(self):
        return object()

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class AiterRaises:
    def __aiter__(self):
        raise OSError("from __aiter__")

class SyncOnly:
    def __iter__(self):
        return iter([1])

for obj in (NoAiter(), AiterNoAnext(), AnextNotAwaitable(), AiterRaises(), SyncOnly(), [1], 5):
    try:
        run(collect(obj))
    except (TypeError, OSError) as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# async for over an async iterator with state shared between loops.
t = Ticker(6)
async def halves():
    first = []
    async for x in t:
        first.append(x)
        if x == 3:
            break
    rest = [x async for x in t]
    return first, rest

print(run(halves()))
