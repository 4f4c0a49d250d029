# A cooperative task scheduler: tasks are objects with a step() method, priorities are ordered
# through __lt__, a clock advances in ticks, and tasks can wait, sleep and send messages.
class SchedulerError(Exception):
    pass


class DeadlockError(SchedulerError):
    def __init__(self, waiting):
        super().__init__(f"deadlock: {', '.join(sorted(waiting))} waiting")
        self.waiting = waiting


class Message:
    def __init__(self, sender, body):
        self.sender, self.body = sender, body

    def __repr__(self):
        return f"<{self.sender}: {self.body}>"


class Task:
    _next_id = 0

    def __init__(self, name, priority=5):
        Task._next_id += 1
        self.id = Task._next_id
        self.name = name
        self.priority = priority
        self.inbox = []
        self.done = False
        self.wake_at = 0
        self.steps = 0

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        state = "done" if self.done else f"p{self.priority}"
        return f"{type(self).__name__}({self.name}, {state})"

    def step(self, sched):
        raise NotImplementedError

    def ready(self, now):
        return not self.done and self.wake_at <= now


class Counter(Task):
    def __init__(self, name, limit, priority=5):
        super().__init__(name, priority)
        self.limit = limit
        self.count = 0

    def step(self, sched):
        self.count += 1
        sched.log(f"{self.name} counts {self.count}")
        if self.count >= self.limit:
            self.done = True


class Sleeper(Task):
    def __init__(self, name, naps, priority=5):
        super().__init__(name, priority)
        self.naps = list(naps)

    def step(self, sched):
        if not self.naps:
            self.done = True
            sched.log(f"{self.name} wakes for good")
            return
        nap = self.naps.pop(0)
        sched.log(f"{self.name} sleeps {nap}")
        self.wake_at = sched.now + nap


class Producer(Task):
    def __init__(self, name, target, items, priority=5):
        super().__init__(name, priority)
        self.target, self.items = target, list(items)

    def step(self, sched):
        if self.items:
            item = self.items.pop(0)
            sched.send(self.name, self.target, item)
        else:
            sched.send(self.name, self.target, None)
            self.done = True


class Consumer(Task):
    def __init__(self, name, priority=5):
        super().__init__(name, priority)
        self.received = []

    def ready(self, now):
        return super().ready(now) and bool(self.inbox)

    def step(self, sched):
        msg = self.inbox.pop(0)
        if msg.body is None:
            sched.log(f"{self.name} got end from {msg.sender}, total {sum(self.received)}")
            self.done = True
        else:
            self.received.append(msg.body)
            sched.log(f"{self.name} got {msg!r}")


class Scheduler:
    def __init__(self, max_ticks=100):
        self.tasks = {}
        self.now = 0
        self.max_ticks = max_ticks
        self.history = []

    def __len__(self):
        return len([t for t in self.tasks.values() if not t.done])

    def __contains__(self, name):
        return name in self.tasks

    def __iadd__(self, task):
        if task.name in self:
            raise SchedulerError(f"duplicate task {task.name!r}")
        self.tasks[task.name] = task
        return self

    def log(self, text):
        self.history.append(f"[{self.now:02}] {text}")

    def send(self, sender, target, body):
        if target not in self:
            raise SchedulerError(f"no task {target!r}")
        self.tasks[target].inbox.append(Message(sender, body))

    def run(self):
        while len(self):
            if self.now >= self.max_ticks:
                raise SchedulerError("out of time")
            ready = sorted([t for t in self.tasks.values() if t.ready(self.now)])
            if not ready:
                sleeping = [t for t in self.tasks.values() if not t.done and t.wake_at > self.now]
                if not sleeping:
                    raise DeadlockError({t.name for t in self.tasks.values() if not t.done})
                self.now = min([t.wake_at for t in sleeping])
                continue
            for task in ready:
                task.steps += 1
                task.step(self)
            self.now += 1
        return self.now


s = Scheduler()
s += Counter("count3", 3, priority=2)
s += Sleeper("nap", [2, 3], priority=1)
s += Consumer("sink", priority=9)
s += Producer("src", "sink", [5, 7, 11], priority=4)
print(len(s), "src" in s, "ghost" in s)
try:
    s += Counter("nap", 1)
except SchedulerError as e:
    print("error:", e)
end = s.run()
print("\n".join(s.history))
print("finished at", end, sorted(s.tasks.values()), [t.steps for t in sorted(s.tasks.values())])

d = Scheduler()
d += Consumer("lonely")
try:
    d.run()
except DeadlockError as e:
    print(type(e).__name__, e, e.waiting, isinstance(e, SchedulerError))
t = Scheduler(max_ticks=5)
t += Counter("slow", 10)
try:
    t.run()
except SchedulerError as e:
    print("error:", e, t.tasks["slow"].count)
try:
    Scheduler().send("a", "b", 1)
except SchedulerError as e:
    print("error:", e)
try:
    Task("abstract").step(s)
except NotImplementedError as e:
    print("NotImplementedError", e)
