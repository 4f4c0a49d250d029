# A signal handler runs from the eval breaker's shared slow path of a compiled loop whose
# locals are unboxed floats and ints: it must see them written back (frame.f_locals), and the
# KeyboardInterrupt it raises unwinds out of native code to the caller's except.
# jit-threshold: 100
# expect-stat: functions compiled: [1-9]
import signal

seen = []


def handler(signum, frame):
    seen.append((frame.f_locals["acc"], frame.f_locals["i"], frame.f_locals["n"]))
    if len(seen) == 3:
        raise KeyboardInterrupt


def spin(n):
    acc = 0.5
    i = 0
    while True:
        acc = acc * 0.5 + 1.0
        i += 1
        if i % 5000 == 0:
            signal.raise_signal(signal.SIGUSR1)
            n = n + 1


signal.signal(signal.SIGUSR1, handler)
try:
    spin(7)
except KeyboardInterrupt:
    print("interrupted after", len(seen), "signals")
for acc, i, n in seen:
    print(type(acc).__name__, acc, type(i).__name__, i, n)
