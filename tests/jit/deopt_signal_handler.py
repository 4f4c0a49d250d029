# A Python signal handler runs while native code loops (signal.raise_signal inside the loop,
# and SIGALRM raised by another thread, arriving at any iteration): the handler rebinds a
# global and the compiled loop sees the new binding at its next read.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(type or keys version\) at count_to_limit
# jit-threshold: 50
import signal
import threading

seen = []
limit = 10 ** 12
flag = 0
go = threading.Event()

def on_usr1(signum, frame):
    global limit
    seen.append((signal.Signals(signum).name, frame.f_code.co_name))
    limit = 150

signal.signal(signal.SIGUSR1, on_usr1)

def count_to_limit():
    i = 0
    total = 0
    while i < limit:
        if i == 100:
            signal.raise_signal(signal.SIGUSR1)
        total += i * 2
        i += 1
    return i, total

print(count_to_limit())
print(seen)

def on_alarm(signum, frame):
    global flag
    flag += 1

signal.signal(signal.SIGALRM, on_alarm)

def raise_later():
    go.wait()
    signal.raise_signal(signal.SIGALRM)

def wait_for_flag(bound):
    n = 0
    f = 0.5
    while not flag and n < bound:
        if n == 1000:
            go.set()
        n += 1
        f = f * 1.0000001
    return flag, n > 1000, n < bound, f > 0.5

t = threading.Thread(target=raise_later)
t.start()
print(wait_for_flag(10 ** 11))
t.join()
limit = 10 ** 12
print(count_to_limit(), len(seen), flag)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
