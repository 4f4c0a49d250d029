# Deep await chains, unbounded recursion through await, and recovery afterwards.
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

async def depth(n):
    if n == 0:
        await Pause()
        return 0
    return 1 + await depth(n - 1)

print(run(depth(150)))

async def forever(n):
    return await forever(n + 1)

try:
    run(forever(0))
except RecursionError as e:
    print("RecursionError", e)

print(run(depth(50)))

# Throwing into the bottom of a deep chain unwinds every level's finally.
unwound = []
async def layered(n):
    try:
        if n == 0:
            await Pause()
        else:
            await layered(n - 1)
    finally:
        unwound.append(n)

c = layered(30)
c.send(None)
try:
    c.throw(KeyError("deep throw"))
except KeyError as e:
    print("KeyError", e, len(unwound), unwound[:3], unwound[-1])

# close() of a deep chain.
unwound.clear()
c = layered(30)
c.send(None)
c.close()
print(len(unwound), c.cr_frame)

# The recursion limit counts coroutine frames.
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    run(depth(500))
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(old)
print(run(depth(100)))

# Mutual recursion between a coroutine and an async generator.
async def countdown_gen(n):
    while n > 0:
        yield n
        n = await halve(n)

async def halve(n):
    await Pause()
    return n // 2

async def collect():
    return [x async for x in countdown_gen(100)]

print(run(collect()))
