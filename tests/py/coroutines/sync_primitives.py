# Synchronization primitives for coroutines (Event, Lock, Semaphore, bounded Queue) on a
# tiny round-robin scheduler, with async generators as streams and timeouts by throw().

class Suspend:
    def __await__(self):
        yield


class Scheduler:
    def __init__(self):
        self.ready = []
        self.tick = 0
        self.names = {}

    def spawn(self, coro, name):
        self.names[id(coro)] = name
        self.ready.append(coro)

    def run(self, limit=1000):
        while self.ready and self.tick < limit:
            coro = self.ready.pop(0)
            self.tick += 1
            try:
                coro.send(None)
            except StopIteration as e:
                if e.value is not None:
                    print(f"{self.names[id(coro)]} returned {e.value!r}")
                continue
            except Exception as e:
                print(f"{self.names[id(coro)]} raised {type(e).__name__}: {e}")
                continue
            self.ready.append(coro)
        return self.tick


sched = Scheduler()


class Event:
    def __init__(self):
        self.flag = False
    def set(self):
        self.flag = True
    async def wait(self):
        while not self.flag:
            await Suspend()


class Lock:
    def __init__(self):
        self.owner = None
    async def acquire(self, who):
        while self.owner is not None:
            await Suspend()
        self.owner = who
    def release(self):
        self.owner = None
    async def __aenter__(self):
        await self.acquire("ctx")
        return self
    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value):
        self.value = value
        self.peak = 0
        self.inside = 0
    async def __aenter__(self):
        while self.value == 0:
            await Suspend()
        self.value -= 1
        self.inside += 1
        self.peak = max(self.peak, self.inside)
    async def __aexit__(self, *exc):
        self.value += 1
        self.inside -= 1


class BoundedQueue:
    def __init__(self, size):
        self.size = size
        self.items = []
    async def put(self, item):
        while len(self.items) >= self.size:
            await Suspend()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Suspend()
        return self.items.pop(0)
    async def stream(self):
        while True:
            item = await self.get()
            if item is None:
                return
            yield item


trace = []

async def waiter(name, event):
    await event.wait()
    trace.append(name + " saw the event")

async def setter(event, after):
    for _ in range(after):
        await Suspend()
    trace.append("setting the event")
    event.set()

ev = Event()
sched.spawn(waiter("w1", ev), "w1")
sched.spawn(waiter("w2", ev), "w2")
sched.spawn(setter(ev, 3), "setter")
sched.run()
print(trace)
trace.clear()

counter = {"value": 0}
async def increment(lock, name, times):
    for _ in range(times):
        async with lock:
            value = counter["value"]
            await Suspend()  # without the lock, others would interleave here
            counter["value"] = value + 1
    return name + " done"

lock = Lock()
for i in range(3):
    sched.spawn(increment(lock, f"inc{i}", 4), f"inc{i}")
sched.run()
print("counter:", counter["value"])

sem = Semaphore(2)
async def limited(name):
    async with sem:
        trace.append("enter " + name)
        await Suspend()
        await Suspend()
        trace.append("leave " + name)

for name in "abcd":
    sched.spawn(limited(name), name)
sched.run()
print(trace, "peak inside:", sem.peak)
trace.clear()

q = BoundedQueue(2)
async def produce(n):
    for i in range(n):
        await q.put(i)
        trace.append(f"put {i} (size {len(q.items)})")
    await q.put(None)

async def consume():
    total = 0
    async for item in q.stream():
        total += item
        trace.append(f"got {item}")
        await Suspend()
    return total

sched.spawn(produce(5), "producer")
sched.spawn(consume(), "consumer")
sched.run()
for line in trace:
    print(" ", line)
trace.clear()

# A timeout: the scheduler throws TimeoutError into a coroutine that waits too long.
async def slow_operation():
    try:
        await Event().wait()
    except TimeoutError:
        trace.append("operation timed out, cleaning up")
        raise

coro = slow_operation()
for _ in range(5):
    coro.send(None)
try:
    coro.throw(TimeoutError("5 ticks"))
except TimeoutError as e:
    print("timeout:", e, trace)

# A task that raises is reported by the scheduler; others keep running.
async def bad():
    await Suspend()
    raise KeyError("bad task")

async def good():
    for _ in range(3):
        await Suspend()
    return "good finished"

sched.spawn(bad(), "bad")
sched.spawn(good(), "good")
print("ticks:", sched.run())
