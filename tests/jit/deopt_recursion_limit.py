# sys.setrecursionlimit lowered while compiled frames are deep: a limit below the current
# depth is refused with CPython's message, a lower one that still fits makes the next deeper
# call raise RecursionError, which unwinds through the native frames to an interpreter handler.
# expect-stat: functions compiled: [1-9]
# jit-threshold: 5
import sys

base = sys.getrecursionlimit()

def depth_here():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def dive(n, lower_at, log):
    if n == lower_at:
        d = depth_here()
        try:
            sys.setrecursionlimit(d - 5)
        except RecursionError as e:
            log.append(str(e).replace(str(d), "D").replace(str(d - 5), "D-5"))
        sys.setrecursionlimit(d + 10)
        log.append("lowered")
    acc = 0
    for i in range(3):
        acc += i
    return acc + dive(n + 1, lower_at, log)

def warm(n):
    acc = 0
    for i in range(3):
        acc += i
    return acc if n == 0 else acc + warm(n - 1)

print(warm(50))
log = []
try:
    dive(0, 40, log)
except RecursionError as e:
    log.append((type(e).__name__, str(e).startswith("maximum recursion depth exceeded")))
print(log)
sys.setrecursionlimit(base)
print(warm(200))
log = []
try:
    dive(0, 60, log)
except RecursionError as e:
    log.append((type(e).__name__, str(e).startswith("maximum recursion depth exceeded")))
print(log)
sys.setrecursionlimit(base)
print(sys.getrecursionlimit() == base)
