# The error cases of asynchronous generators and their awaitables.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    yield 1
    yield 2

# StopAsyncIteration or StopIteration raised inside becomes RuntimeError.
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inside")

async def raises_stop():
    yield 1
    raise StopIteration("inside")

for maker in (raises_stop_async, raises_stop):
    g = maker()
    run(g.__anext__())
    try:
        run(g.__anext__())
    except RuntimeError as e:
        print("RuntimeError", e, "| cause", repr(e.__cause__))

# Reusing an awaitable.
g = agen()
step = g.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
for method in (lambda: step.send(None), lambda: step.throw(ValueError)):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError", e)
t = g.athrow(KeyError)
try:
    t.send(None)
except KeyError:
    print("KeyError from athrow")
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# Two steps at once: "already running".
async def slow():
    await Pause()
    yield "slow"

g = slow()
first = g.__anext__()
print(first.send(None))
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
for make in (g.aclose, lambda: g.athrow(ValueError)):
    try:
        make().send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value)

# Sending a non-None value to a just-started athrow/aclose, and to a new generator.
g = agen()
try:
    g.aclose().send(1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    g.asend(5).send(None)
except TypeError as e:
    print("TypeError", e)

# A generator that yields in its finally while being closed.
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

g = stubborn()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError", e)

# athrow() with bad arguments.
g = agen()
run(g.__anext__())
try:
    run(g.athrow())
except TypeError as e:
    print("TypeError", e)
g = agen()
run(g.__anext__())
try:
    run(g.athrow("nope"))
except TypeError as e:
    print("TypeError", e)
try:
    g.asend()
except TypeError as e:
    print("TypeError", e)

# Closed awaitables.
g = agen()
step = g.__anext__()
print(step.close())
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
t = g.athrow(ValueError)
print(t.close())
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# An async generator is not a plain iterator, and cannot be awaited.
g = agen()
try:
    iter(g)
except TypeError as e:
    print("TypeError", e)
try:
    next(g)
except TypeError as e:
    print("TypeError", e)

async def await_agen():
    await g

try:
    run(await_agen())
except TypeError as e:
    print("TypeError", e)

def yield_from_agen():
    yield from g

try:
    next(yield_from_agen())
except TypeError as e:
    print("TypeError", e)

# aclose() on a generator that raises another error while closing.
async def raising_cleanup():
    try:
        yield 1
    finally:
        raise OSError("cleanup failed")

g = raising_cleanup()
run(g.__anext__())
try:
    run(g.aclose())
except OSError as e:
    print("OSError", e, "| context", type(e.__context__).__name__)
