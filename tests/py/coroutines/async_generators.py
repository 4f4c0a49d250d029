# Asynchronous generators: async for over them, asend, athrow, aclose, and their attributes.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def shape(text):
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "...>" if sep else text

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def ticker(n):
    for i in range(n):
        yield i

async def collect(agen):
    return [x async for x in agen]

print(run(collect(ticker(4))))

agen = ticker(3)
print(shape(repr(agen)), type(agen).__name__, agen.__name__, agen.__qualname__)
print(agen.ag_running, agen.ag_await, agen.ag_code is ticker.__code__, agen.ag_frame.f_lineno)
print(agen.__aiter__() is agen, type(agen.__anext__()).__name__)
print(sorted(n for n in dir(agen) if not n.startswith("__")))

# __anext__() gives an awaitable; each step ends with StopIteration(value).
agen = ticker(2)
step = agen.__anext__()
print(type(step).__name__, step.__await__() is step, iter(step) is step)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(run(agen.__anext__()))
try:
    run(agen.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(agen.ag_frame)

# Awaits inside the generator pass through to the driver.
async def slow_numbers():
    for i in range(3):
        got = await Pause(f"waiting before {i}")
        yield (i, got)

agen = slow_numbers()
step = agen.asend(None)
print(step.send(None))
try:
    step.send("resumed")
except StopIteration as e:
    print("yielded", e.value)

# asend() delivers a value to the yield expression.
async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value

async def drive():
    acc = accumulator()
    out = [await acc.asend(None)]
    for v in (5, 10, 20):
        out.append(await acc.asend(v))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        out.append("stopped")
    return out

print(run(drive()))

# athrow() raises at the yield; the generator may catch it and yield again.
async def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "recovered from " + str(e)

async def use_athrow():
    g = resilient()
    out = [await g.asend(None)]
    out.append(await g.athrow(ValueError("boom")))
    out.append(await g.__anext__())
    out.append(await g.athrow(ValueError, ValueError("second")))
    try:
        await g.athrow(KeyError("unhandled"))
    except KeyError as e:
        out.append("KeyError escaped " + str(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("finished")
    return out

print(run(use_athrow()))

# aclose() runs finally blocks, which may await.
log = []
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup start")
        await Pause("cleaning")
        log.append("cleanup end")

agen = with_cleanup()
print(run(agen.__anext__()))
closing = agen.aclose()
print(type(closing).__name__, closing.send(None))
try:
    closing.send(None)
except StopIteration:
    print("aclose finished", log)
print(run(agen.aclose()), agen.ag_frame)
try:
    run(agen.__anext__())
except StopAsyncIteration:
    print("closed generator: StopAsyncIteration")

# aclose() of an unstarted generator and of a finished one.
agen = with_cleanup()
print(run(agen.aclose()), log)
agen = ticker(1)
print(run(collect(agen)), run(agen.aclose()))

# async generator methods, nested async generators, async for over them.
class Source:
    def __init__(self, items):
        self.items = items
    async def stream(self):
        for item in self.items:
            await Pause("fetch")
            yield item

async def evens(source):
    async for item in source:
        if item % 2 == 0:
            yield item

async def doubled(source):
    async for item in source:
        yield item * 2

def drive_all(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(drive_all(collect(doubled(evens(Source(range(7)).stream())))))

# yield inside try/except inside async generator, with await in except.
async def careful():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            await Pause("handling")
            yield f"handled {e}"

print(drive_all(collect(careful())))

# The generator's return statement may not carry a value.
try:
    compile("async def f():\n    yield 1\n    return 2", "<t>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
