# A signal handler replaces a class's method and class attribute, and adds an instance
# attribute, while a compiled loop calls the method and reads the attributes behind
# type-version guards: the loop sees the new method and values from the next iteration on.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(type or keys version\) at run \(line 41\) LOAD_METHOD
# jit-threshold: 50
import signal
import threading

class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def value(self):
        return 1

def handler(signum, frame):
    Counter.value = lambda self: 2
    Counter.step = 10
    c.extra = 5

signal.signal(signal.SIGALRM, handler)
c = Counter()

go = threading.Event()

def raise_later():
    go.wait()
    signal.raise_signal(signal.SIGALRM)

def run(obj, bound):
    before = after = 0
    sum_before = sum_after = 0
    i = 0
    while i < bound:
        if i == 1000:
            go.set()
        s = obj.step
        v = obj.value()
        if v == 2:
            after += 1
            sum_after += v * s + obj.extra
            if after == 100:
                break
        else:
            before += 1
            sum_before += v * s + obj.n
        i += 1
    return before == i - 99, sum_before == before, after, sum_after

t = threading.Thread(target=raise_later)
t.start()
print(run(c, 10 ** 11))
t.join()
print(run(c, 50))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
