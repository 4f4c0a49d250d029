# SIGINT raised inside compiled loops: with Python's default handler the KeyboardInterrupt
# comes out of signal.raise_signal in a native frame and unwinds through compiled callers
# (traceback lines as CPython's); with a Python handler installed, the handler runs at each
# raise while the loop keeps its unboxed state.
# expect-stat: functions compiled: [1-9]
# jit-threshold: 5
import signal

def leaf(i):
    if i == 123:
        signal.raise_signal(signal.SIGINT)
    return i & 7

def loop(n):
    s = 0
    for i in range(n):
        s += leaf(i)
    return s

print(loop(100))
try:
    loop(1000)
except KeyboardInterrupt as e:
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, where)

calls = []

def handler(signum, frame):
    calls.append((signal.Signals(signum).name, frame.f_code.co_name))

old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)

def loop2(n):
    s = 0.0
    k = 0
    for i in range(n):
        if i % 50 == 49:
            signal.raise_signal(signal.SIGINT)
            k += 1
        s += i * 0.5
    return s, k

print(loop2(500), len(calls), calls[:2])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    while True:
        loop2(60)
except KeyboardInterrupt as e:
    print("module loop interrupted", type(e).__name__, repr(e))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
