# signal.alarm: SIGALRM arrives a second later while a compiled loop runs; the default
# KeyboardInterrupt-raising handler is installed for it, so the loop is interrupted exactly as
# Ctrl-C would interrupt it, and the unboxed counters read back consistent afterwards.
# expect-stat: functions compiled: [1-9]
# jit-threshold: 5
import signal

signal.signal(signal.SIGALRM, signal.default_int_handler)

def loop(bound):
    i = 0
    sq = 0
    mixed = 1.0
    try:
        while i < bound:
            if i == 1000:
                # Armed once the loop runs native code (compiling it under a sanitizer on a
                # busy machine can take longer than the alarm's second).
                print("armed", signal.alarm(1))
            sq += i * i
            mixed += 0.5
            i += 1
    except KeyboardInterrupt as e:
        return (type(e).__name__, i > 1000, sq == (i - 1) * i * (2 * i - 1) // 6,
                mixed == 1.0 + 0.5 * i)
    return "no alarm", i

print(loop(10 ** 12))
print(signal.alarm(0))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
