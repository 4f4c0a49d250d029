# The builtins aiter() and anext(), with and without a default.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "pause"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    out = []
    it = aiter(agen(3))
    out.append(type(it).__name__)
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    out.append(await anext(it))
    out.append(await anext(it, "exhausted"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    c = aiter(Counter(2))
    out.append((await anext(c), await anext(c), await anext(c, "end"), await anext(c, None)))
    return out

print(run(main()))

# aiter() returns __aiter__'s result; anext() calls __anext__.
c = Counter(1)
a1, a2 = anext(c), anext(c, 0)
print(aiter(c) is c, type(a1).__name__, type(a2).__name__)
a1.close()
a2.close()

# Errors.
class AiterReturnsNonAsync:
    def __aiter__(self):
        return 5

for obj in (1, [1], iter([1]), AiterReturnsNonAsync()):
    try:
        aiter(obj)
    except TypeError as e:
        print("aiter TypeError", e)
for obj in (1, [1], iter([1]), AiterReturnsNonAsync()):
    try:
        anext(obj)
    except TypeError as e:
        print("anext TypeError", e)
for args in ((), (1, 2, 3)):
    try:
        anext(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    aiter()
except TypeError as e:
    print("TypeError", e)

# The anext awaitable with a default: its methods.
async def one():
    yield "only"

g = one()
aw = anext(g, "dflt")
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
aw = anext(g, "dflt")
try:
    aw.send(None)
except StopIteration as e:
    print("default", e.value)

# An __anext__ returning a coroutine, with a default.
c = Counter(1)
aw = anext(c, "after end")
try:
    next(aw)
except StopIteration as e:
    print("first", e.value)
aw = anext(c, "after end")
try:
    next(aw)
except StopIteration as e:
    print("second", e.value)

# throw() and close() through the awaitable.
async def catching():
    try:
        yield 1
    except ValueError:
        yield "caught"

g = catching()
run(anext(g))
aw = anext(g, "d")
try:
    aw.throw(ValueError)
except StopIteration as e:
    print("thrown and caught:", e.value)
aw = anext(g, "d")
print(aw.close())

# Using anext with a default in a loop to drain an async iterator.
async def drain():
    it = aiter(agen(4))
    values = []
    while (v := await anext(it, None)) is not None:
        values.append(v)
    return values

print(run(drain()))
