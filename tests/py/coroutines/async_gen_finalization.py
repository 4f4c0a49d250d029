# Async generators dropped or closed: finally blocks, aclose() from the consumer, an
# async context manager built from an async generator, and early exit from async for.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "pause"

log = []

async def source(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        log.append(f"{name} finally")

# Breaking out of async for leaves the generator suspended; aclose() finishes it.
async def take_two(agen):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) == 2:
            break
    await agen.aclose()
    return out

print(run(take_two(source("a", 5))), log)
log.clear()

# Dropping a suspended async generator (no event loop hooks): it is closed at once.
async def first_item():
    agen = source("b", 3)
    return await agen.__anext__()

print(run(first_item()), log)
log.clear()

# An exception in the async for body leaves the generator for aclose().
async def body_fails():
    agen = source("c", 3)
    try:
        async for item in agen:
            raise ValueError(item)
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        await agen.aclose()

run(body_fails())
print(log)
log.clear()

# An async context manager made from an async generator.
class AsyncGeneratorContextManager:
    def __init__(self, agen):
        self.agen = agen
    async def __aenter__(self):
        return await self.agen.__anext__()
    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await self.agen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.agen.athrow(typ, value, tb)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")

def asynccontextmanager(func):
    def helper(*args):
        return AsyncGeneratorContextManager(func(*args))
    return helper

@asynccontextmanager
async def connection(name):
    log.append("connect " + name)
    await Pause()
    try:
        yield name + "-conn"
    finally:
        await Pause()
        log.append("disconnect " + name)

async def use_connections():
    async with connection("db") as c1:
        log.append("using " + c1)
        async with connection("cache") as c2:
            log.append("using " + c2)
    try:
        async with connection("flaky") as c3:
            raise ConnectionError(c3 + " dropped")
    except ConnectionError as e:
        log.append("handled " + str(e))
    return "done"

print(run(use_connections()))
for entry in log:
    print(" ", entry)
log.clear()

@asynccontextmanager
async def swallowing():
    try:
        yield
    except KeyError:
        log.append("swallowed KeyError")

async def use_swallowing():
    async with swallowing():
        raise KeyError("k")
    return "continued"

print(run(use_swallowing()), log)
log.clear()

# aclose() on a generator suspended in an await inside its body.
async def awaiting_body():
    try:
        await Pause()
        yield "never"
    finally:
        log.append("awaiting_body finally")

agen = awaiting_body()
step = agen.__anext__()
print(step.send(None))
try:
    run(agen.aclose())
except RuntimeError as e:
    print("RuntimeError", e)
print(log)
log.clear()
step.close()
