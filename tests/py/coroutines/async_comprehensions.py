# Asynchronous comprehensions: async for in list/set/dict comprehensions and generator
# expressions, await inside comprehensions, and where they are allowed.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "pause"

async def arange(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

async def comprehensions():
    a = [x async for x in arange(5)]
    b = {x % 3 async for x in arange(7)}
    c = {x: x * x async for x in arange(4)}
    d = [x async for x in arange(10) if x % 3 == 0]
    e = [(x, y) async for x in arange(3) for y in range(x)]
    f = [(x, y) for x in range(3) async for y in arange(x)]
    g = [await double(x) for x in range(4)]
    h = [await double(x) async for x in arange(3) if await double(x) > 0]
    return a, sorted(b), c, d, e, f, g, h

for item in run(comprehensions()):
    print(item)

# An async generator expression is an async generator.
async def genexp():
    agen = (x * 10 async for x in arange(3))
    print(type(agen).__name__, agen.__name__)
    return [v async for v in agen]

print(run(genexp()))

# A generator expression with await is an async generator too.
async def await_genexp():
    agen = (await double(x) for x in [1, 2, 3])
    print(type(agen).__name__)
    out = []
    async for v in agen:
        out.append(v)
    return out

print(run(await_genexp()))

# Comprehensions nested in comprehensions.
async def nested():
    return [[y async for y in arange(x)] async for x in arange(4)]

print(run(nested()))

# Errors inside async comprehensions propagate.
async def failing_source():
    yield 1
    raise ValueError("source failed")

async def fails():
    return [x async for x in failing_source()]

try:
    run(fails())
except ValueError as e:
    print("ValueError", e)

async def bad_iterable():
    return [x async for x in [1, 2]]

try:
    run(bad_iterable())
except TypeError as e:
    print("TypeError", e)

# Scoping: the loop variable stays inside.
async def scoping():
    x = "outer"
    result = [x async for x in arange(2)]
    return x, result

print(run(scoping()))

# Where asynchronous comprehensions compile.
sources = [
    "def f():\n    return [x async for x in y]",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "[x async for x in y]",
    "async def f():\n    def g():\n        return [x async for x in y]",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src.replace("\n", " | "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
