# athrow(): the exception appears at the async generator's yield.

async def stream():
    while True:
        yield "item"

async def main():
    s = stream()
    print(await s.__anext__())
    await s.athrow(TimeoutError("stream timed out"))

main().send(None)
