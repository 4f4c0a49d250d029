import signal, time
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(1))
print(signal.alarm(0) > 0)
signal.setitimer if hasattr(signal, 'setitimer') else None
signal.alarm(1)
t0 = time.monotonic()
time.sleep(1.5)
print(fired, 1.4 <= time.monotonic() - t0 < 3)
def stop(s, f):
    raise TimeoutError('alarm')
signal.signal(signal.SIGALRM, stop)
signal.alarm(1)
try:
    while True:
        pass
except TimeoutError as e:
    print('TimeoutError', e)
