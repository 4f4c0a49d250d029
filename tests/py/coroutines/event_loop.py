# A small event loop written in Python: tasks are coroutines driven by send(), they sleep
# by awaiting request objects that the loop receives, join other tasks, and exchange data
# through queues. Time is virtual, so the output is deterministic.

class Sleep:
    # Awaiting it yields the request to the loop, which resumes the task later.
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield self


class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        if not self.task.done:
            yield self
        if self.task.error is not None:
            raise self.task.error
        return self.task.result


class Task:
    counter = 0

    def __init__(self, coro, name):
        Task.counter += 1
        self.id = Task.counter
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []
        self.send_value = None

    def __repr__(self):
        return f"<Task {self.name} {'done' if self.done else 'pending'}>"


class Loop:
    def __init__(self):
        self.time = 0
        self.ready = []
        self.sleeping = []  # (wake time, sequence, task)
        self.sequence = 0
        self.trace = []

    def spawn(self, coro, name=None):
        task = Task(coro, name or coro.__name__)
        self.ready.append(task)
        return task

    def log(self, *parts):
        print(f"[t={self.time:>3}]", *parts)

    def step(self, task):
        try:
            request = task.coro.send(task.send_value)
        except StopIteration as e:
            self.finish(task, result=e.value)
            return
        except Exception as e:
            self.finish(task, error=e)
            return
        task.send_value = None
        if isinstance(request, Sleep):
            self.sequence += 1
            self.sleeping.append((self.time + request.delay, self.sequence, task))
            self.sleeping.sort(key=lambda entry: (entry[0], entry[1]))
        elif isinstance(request, Join):
            request.task.waiters.append(task)
        elif request is None:
            self.ready.append(task)  # a plain yield: go to the back of the queue
        else:
            self.finish(task, error=TypeError(f"bad request {request!r}"))

    def finish(self, task, result=None, error=None):
        task.done, task.result, task.error = True, result, error
        if error is not None:
            self.log(task.name, "failed:", type(error).__name__, error)
        else:
            self.log(task.name, "finished ->", result)
        self.ready.extend(task.waiters)
        task.waiters.clear()

    def run(self, main):
        root = self.spawn(main, "main")
        while self.ready or self.sleeping:
            while self.ready:
                self.step(self.ready.pop(0))
            if self.sleeping:
                wake, _, task = self.sleeping.pop(0)
                self.time = max(self.time, wake)
                self.ready.append(task)
        return root


class Yield:
    def __await__(self):
        yield None


class Queue:
    def __init__(self):
        self.items = []

    async def put(self, item):
        self.items.append(item)
        await Yield()

    async def get(self):
        while not self.items:
            await Sleep(1)
        return self.items.pop(0)


loop = Loop()


async def worker(name, delays):
    total = 0
    for d in delays:
        loop.log(name, "sleeps", d)
        await Sleep(d)
        total += d
    loop.log(name, "woke up for the last time")
    return f"{name} slept {total}"


async def failing(after):
    await Sleep(after)
    raise ValueError("worker gave up")


async def producer(queue, n):
    for i in range(n):
        await queue.put(f"item{i}")
        loop.log("produced", f"item{i}")
        await Sleep(3)
    await queue.put(None)


async def consumer(queue):
    got = []
    while True:
        item = await queue.get()
        if item is None:
            break
        loop.log("consumed", item)
        got.append(item)
    return got


async def round_robin(name, n):
    for i in range(n):
        loop.log(name, "turn", i)
        await Yield()
    return n


async def main():
    a = loop.spawn(worker("a", [5, 5]))
    b = loop.spawn(worker("b", [3, 1, 2]))
    c = loop.spawn(failing(4))
    ra = loop.spawn(round_robin("r1", 3), "r1")
    rb = loop.spawn(round_robin("r2", 2), "r2")
    queue = Queue()
    p = loop.spawn(producer(queue, 3), "producer")
    q = loop.spawn(consumer(queue), "consumer")
    results = [await Join(a), await Join(b)]
    loop.log("main joined a and b:", results)
    try:
        await Join(c)
    except ValueError as e:
        loop.log("main saw the failure:", e)
    results.append(await Join(ra) + await Join(rb))
    results.append(await Join(q))
    await Join(p)
    loop.log("main done")
    return results


root = loop.run(main())
print("result:", root.result)
print("time:", loop.time, "tasks created:", Task.counter)

# A task that awaits an unknown request object is failed by the loop.
class Strange:
    def __await__(self):
        yield "strange request"

async def confused():
    await Strange()

loop = Loop()
task = loop.run(confused())
print(task, type(task.error).__name__)

# Cancellation by throwing into a sleeping task.
async def long_sleeper():
    try:
        await Sleep(100)
    except KeyboardInterrupt:
        return "cancelled cleanly"

loop = Loop()
t = Task(long_sleeper(), "sleeper")
request = t.coro.send(None)
print(type(request).__name__, request.delay)
try:
    t.coro.throw(KeyboardInterrupt)
except StopIteration as e:
    print(e.value)
