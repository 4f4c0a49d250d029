import signal, threading
res = []
def f():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        res.append(str(e))
t = threading.Thread(target=f); t.start(); t.join()
print(res)
got = []
signal.signal(signal.SIGUSR1, lambda s, fr: got.append(threading.current_thread().name))
def sender():
    signal.raise_signal(signal.SIGUSR1)
t = threading.Thread(target=sender); t.start(); t.join()
for i in range(1000): pass
print(got)
