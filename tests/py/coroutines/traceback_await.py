# An uncaught exception raised in a coroutine awaited through several levels: the traceback
# lists each coroutine's await line.

class Pause:
    def __await__(self):
        yield

async def fetch(key):
    await Pause()
    table = {"a": 1}
    return table[key]

async def lookup(keys):
    values = []
    for key in keys:
        values.append(await fetch(key))
    return values

async def main():
    return await lookup(["a", "b"])

coro = main()
while True:
    coro.send(None)
