# bench/scheduler.py: a simulated operating-system kernel that schedules tasks of several kinds
# (compute, producer and consumer over mailboxes, device I/O, timers) by priority with round-robin
# time slices and a hand-written binary heap of sleepers: method dispatch through a class hierarchy,
# attribute traffic, small lists. Usage: scheduler.py [tasks (default 20000)].
# Deterministic; prints the kernel's counters and a checksum of the order in which tasks ran.
import sys

READY, BLOCKED, SLEEPING, DONE = "ready", "blocked", "sleeping", "done"
PRIORITIES = 4
SLICE = 3


class Lcg:
    """A linear congruential generator, so the workload is the same on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


class MinHeap:
    """A binary min-heap of (key, seq, item) entries; seq keeps equal keys first-in first-out."""

    def __init__(self):
        self.items = []
        self.seq = 0

    def __len__(self):
        return len(self.items)

    def push(self, key, item):
        self.seq += 1
        items = self.items
        items.append((key, self.seq, item))
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def peek_key(self):
        return self.items[0][0]

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i, n = 0, len(items)
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and items[child + 1] < items[child]:
                    child += 1
                if items[i] <= items[child]:
                    break
                items[i], items[child] = items[child], items[i]
                i = child
        return top[2]


class Message:
    __slots__ = ("sender", "payload")

    def __init__(self, sender, payload):
        self.sender = sender
        self.payload = payload


class Mailbox:
    def __init__(self, name):
        self.name = name
        self.messages = []
        self.waiting = []

    def __repr__(self):
        return f"Mailbox({self.name!r}, {len(self.messages)} queued)"


class Device:
    """A device that serves one request at a time, each taking `latency` ticks."""

    def __init__(self, name, latency):
        self.name = name
        self.latency = latency
        self.busy_until = 0
        self.served = 0


class Task:
    """A schedulable unit; subclasses define run_step, which returns what the task does next:
    "continue" (keep the processor), "yield" (back of the queue), "block" (wait for a message),
    "sleep" (wait for the clock) or "exit"."""

    def __init__(self, tid, priority):
        self.tid = tid
        self.priority = priority
        self.state = READY
        self.steps = 0
        self.result = 0

    def __repr__(self):
        return f"{type(self).__name__}#{self.tid}({self.state})"

    def run_step(self, kernel):
        raise NotImplementedError

    def finish(self, kernel):
        self.state = DONE
        kernel.finished.append(self.tid)


class ComputeTask(Task):
    def __init__(self, tid, priority, work):
        super().__init__(tid, priority)
        self.work = work
        self.acc = tid

    def run_step(self, kernel):
        acc = self.acc
        for i in range(20):
            acc = (acc * 31 + i) % 65521
        self.acc = acc
        self.work -= 1
        if self.work <= 0:
            self.result = acc
            return "exit"
        return "continue"


class ProducerTask(Task):
    def __init__(self, tid, priority, mailbox, count):
        super().__init__(tid, priority)
        self.mailbox = mailbox
        self.count = count

    def run_step(self, kernel):
        if self.count == 0:
            return "exit"
        kernel.send(self.mailbox, Message(self.tid, self.count * 7 + self.tid))
        self.count -= 1
        self.result += 1
        return "yield" if self.count % 3 else "continue"


class ConsumerTask(Task):
    def __init__(self, tid, priority, mailbox, count):
        super().__init__(tid, priority)
        self.mailbox = mailbox
        self.count = count

    def run_step(self, kernel):
        if self.count == 0:
            return "exit"
        message = kernel.receive(self, self.mailbox)
        if message is None:
            return "block"
        self.result = (self.result + message.payload * (message.sender + 1)) % 1000003
        self.count -= 1
        return "continue"


class IoTask(Task):
    def __init__(self, tid, priority, device, requests):
        super().__init__(tid, priority)
        self.device = device
        self.requests = requests

    def run_step(self, kernel):
        if self.requests == 0:
            return "exit"
        self.requests -= 1
        self.result += kernel.clock % 97
        kernel.start_io(self, self.device)
        return "sleep"


class TimerTask(Task):
    def __init__(self, tid, priority, period, ticks):
        super().__init__(tid, priority)
        self.period = period
        self.ticks = ticks

    def run_step(self, kernel):
        if self.ticks == 0:
            return "exit"
        self.ticks -= 1
        self.result = self.result * 3 + kernel.clock % 11
        kernel.sleep(self, self.period)
        return "sleep"


class Kernel:
    def __init__(self):
        self.clock = 0
        self.ready = [[] for _ in range(PRIORITIES)]
        self.heads = [0] * PRIORITIES
        self.sleepers = MinHeap()
        self.finished = []
        self.switches = 0
        self.idle_ticks = 0
        self.trace = 0
        self.messages_sent = 0

    def make_ready(self, task):
        task.state = READY
        self.ready[task.priority].append(task)

    def pick(self):
        """Take the first ready task of the highest priority, or return None."""
        for p in range(PRIORITIES - 1, -1, -1):
            queue = self.ready[p]
            head = self.heads[p]
            if head < len(queue):
                task = queue[head]
                head += 1
                if head > 64:
                    # Drop the consumed prefix now and then, so the queue stays short.
                    del queue[:head]
                    head = 0
                self.heads[p] = head
                return task
        return None

    def send(self, mailbox, message):
        self.messages_sent += 1
        mailbox.messages.append(message)
        if mailbox.waiting:
            self.make_ready(mailbox.waiting.pop(0))

    def receive(self, task, mailbox):
        if mailbox.messages:
            return mailbox.messages.pop(0)
        mailbox.waiting.append(task)
        return None

    def start_io(self, task, device):
        start = max(self.clock, device.busy_until)
        device.busy_until = start + device.latency
        device.served += 1
        self.sleepers.push(device.busy_until, task)

    def sleep(self, task, ticks):
        self.sleepers.push(self.clock + ticks, task)

    def wake_sleepers(self):
        while self.sleepers and self.sleepers.peek_key() <= self.clock:
            self.make_ready(self.sleepers.pop())

    def run(self, tasks):
        for task in tasks:
            self.make_ready(task)
        live = len(tasks)
        while live:
            self.wake_sleepers()
            task = self.pick()
            if task is None:
                # Nothing is ready: jump the clock to the next sleeper.
                self.idle_ticks += self.sleepers.peek_key() - self.clock
                self.clock = self.sleepers.peek_key()
                continue
            self.switches += 1
            self.trace = (self.trace * 131 + task.tid) % 1000000007
            for _ in range(SLICE):
                self.clock += 1
                task.steps += 1
                action = task.run_step(self)
                if action == "continue":
                    continue
                if action == "exit":
                    task.finish(self)
                    live -= 1
                elif action == "block":
                    task.state = BLOCKED
                elif action == "sleep":
                    task.state = SLEEPING
                else:
                    self.make_ready(task)
                break
            else:
                self.make_ready(task)


def build_tasks(count, rng):
    devices = [Device("disk", 5), Device("net", 9), Device("tty", 2)]
    tasks = []
    tid = 0
    while len(tasks) < count:
        kind = rng.next(5)
        priority = rng.next(PRIORITIES)
        if kind == 0 or kind == 1:
            tasks.append(ComputeTask(tid, priority, 20 + rng.next(60)))
        elif kind == 2:
            box = Mailbox(f"box{tid}")
            n = 10 + rng.next(30)
            tasks.append(ProducerTask(tid, priority, box, n))
            tid += 1
            tasks.append(ConsumerTask(tid, rng.next(PRIORITIES), box, n))
        elif kind == 3:
            tasks.append(IoTask(tid, priority, devices[rng.next(3)], 5 + rng.next(20)))
        else:
            tasks.append(TimerTask(tid, priority, 3 + rng.next(17), 5 + rng.next(15)))
        tid += 1
    return tasks, devices


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = Lcg(20240607)
    tasks, devices = build_tasks(count, rng)
    kernel = Kernel()
    kernel.run(tasks)
    print("tasks", len(tasks), "clock", kernel.clock, "switches", kernel.switches,
          "idle", kernel.idle_ticks, "messages", kernel.messages_sent)
    print("devices", [(d.name, d.served) for d in devices])
    kinds = {}
    for task in tasks:
        name = type(task).__name__
        steps, total = kinds.get(name, (0, 0))
        kinds[name] = (steps + task.steps, (total + task.result) % 1000000007)
    for name in sorted(kinds):
        print(f"{name:13} steps {kinds[name][0]:8} results {kinds[name][1]}")
    print("first finished", kernel.finished[:8], "last", kernel.finished[-3:], tasks[0])
    print("trace checksum", kernel.trace)


if __name__ == "__main__":
    main()
