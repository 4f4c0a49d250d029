# A signal handler that raises: the exception leaves the handler inside a compiled loop (at a
# back-edge's eval-breaker check when another thread raised the signal, or from the
# raise_signal call) and unwinds through native frames to a handler in the interpreter, with
# every unboxed local written back.
# expect-stat: functions compiled: [1-9]
# jit-threshold: 50
import signal
import threading

class Stop(Exception):
    pass

def raising(signum, frame):
    raise Stop(signal.Signals(signum).name)

signal.signal(signal.SIGALRM, raising)
signal.signal(signal.SIGUSR2, raising)

go = threading.Event()

def raise_later():
    go.wait()
    signal.raise_signal(signal.SIGALRM)

def sum_floats(bound):
    i = 0
    s = 0.0
    n = 0
    try:
        while i < bound:
            if i == 1000:
                go.set()
            s += 1.5
            n += 2
            i += 1
    except Stop as e:
        return str(e), i > 1000, s == 1.5 * i, n == 2 * i
    return "no signal", i

t = threading.Thread(target=raise_later)
t.start()
print(sum_floats(10 ** 11))
t.join()

def inner(k):
    if k == 77:
        signal.raise_signal(signal.SIGUSR2)
    return k * 3

def middle(k):
    return inner(k) + 1

def outer():
    acc = 0
    k = 0
    try:
        for k in range(200):
            acc += middle(k)
    except Stop as e:
        return "stopped", str(e), k, acc
    return "finished", k, acc

print(outer())
print(outer())
try:
    for j in range(1000):
        middle(j)
except Stop as e:
    print("module level", j, e, type(e).__mro__[1].__name__)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
