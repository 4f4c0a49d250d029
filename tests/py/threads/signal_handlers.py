import signal
got = []
def handler(signum, frame):
    got.append((signum, frame is not None))
old = signal.signal(signal.SIGUSR1, handler)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
def raiser(signum, frame):
    raise ValueError('from handler %d' % signum)
signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print(e)
for args in [(999, signal.SIG_DFL), (signal.SIGUSR1, 5), (signal.SIGKILL, signal.SIG_DFL)]:
    try: signal.signal(*args)
    except Exception as e: print(type(e).__name__, e)
try: signal.getsignal(0)
except ValueError as e: print(e)
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print('KeyboardInterrupt', repr(e))
print(repr(signal.SIGINT), int(signal.SIGTERM), signal.SIGTERM.name, signal.Signals(15).name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIGUSR1 == 10)
