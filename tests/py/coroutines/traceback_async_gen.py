# An exception from an async generator consumed by async for inside a coroutine.

async def numbers():
    yield 1
    yield 2
    raise OverflowError("too many numbers")

async def consume():
    total = 0
    async for n in numbers():
        total += n
    return total

consume().send(None)
