# _thread.interrupt_main() from another thread while the main thread runs a compiled loop
# with unboxed locals: the eval breaker at the loop's back-edge must hand the GIL over (so the
# other thread runs at all) and then raise KeyboardInterrupt in the main thread, with the loop's
# locals written back consistently. A loop that never serves the breaker runs to its bound.
# expect-stat: functions compiled: [1-9]
# jit-threshold: 5
import _thread
import threading

started = threading.Event()

def interrupter():
    started.wait()
    _thread.interrupt_main()

def spin(bound):
    total = 0
    i = 0
    try:
        while i < bound:
            if i == 1000:
                started.set()
            total += i
            i += 1
    except KeyboardInterrupt as e:
        return "interrupted", type(e).__name__, i > 1000, total == i * (i - 1) // 2
    return "ran to the bound", i, total

t = threading.Thread(target=interrupter)
t.start()
print(spin(10 ** 10))
t.join()

# A second round: the interrupt arrives while a compiled caller loops over a compiled callee.
def step(x):
    return x + 1

def outer(bound):
    n = 0
    acc = 0
    while n < bound:
        if n == 500:
            started.set()
        acc = step(acc)
        n += 1
    return n

started.clear()
t = threading.Thread(target=interrupter)
t.start()
try:
    print(outer(10 ** 10))
except KeyboardInterrupt as e:
    print("caught outside", type(e).__name__, repr(e))
t.join()
print("after", spin(2000))
