# Background compilation: hot functions are translated when they get hot and compiled on the
# compile thread while this program's threads keep running them in the interpreter; each
# thread enters the native code once it is installed. Results must not depend on which tier
# ran which call.
# jit-flags: --jit-background
# expect-stderr-x86_64: compiled in the background: [1-9][0-9]* queued
# expect-stat: functions compiled: [1-9]
import threading

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def weighted(xs):
    total = 0.0
    for i, x in enumerate(xs):
        total += i * x
    return total

class Counter:
    def __init__(self):
        self.hits = 0

    def bump(self, k):
        for _ in range(k):
            self.hits += 1
        return self.hits

results = {}
lock = threading.Lock()

def worker(tid):
    best = max(range(1, 3000 + tid), key=collatz_steps)
    w = sum(weighted([float(j) for j in range(50)]) for _ in range(200))
    c = Counter()
    for _ in range(300):
        c.bump(7)
    with lock:
        results[tid] = (best, collatz_steps(best), w, c.hits)

threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
# The main thread runs the same hot code meanwhile.
main_best = max(range(1, 2000), key=collatz_steps)
for t in threads:
    t.join()
for tid in sorted(results):
    print(tid, results[tid])
print("main", main_best, collatz_steps(main_best))

# Code objects that die while their compilation may be queued: functions made, run hot once
# and dropped at once.
def make(k):
    def f(n):
        acc = 0
        for i in range(n):
            acc += i * k
        return acc
    return f

print([make(k)(200) for k in range(40)][-3:])
try:
    weighted([1.0, "x"])
except Exception as e:
    print(type(e).__name__, e)
