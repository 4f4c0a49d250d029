import signal, threading, time
# A Python handler that raises interrupts the blocking call the main thread is in.
class Alarm(Exception):
    pass
def raise_alarm(signum, frame):
    raise Alarm('signal %d' % signum)
signal.signal(signal.SIGALRM, raise_alarm)
signal.alarm(1)
t0 = time.monotonic()
try:
    time.sleep(10)
except Alarm as e:
    print('sleep interrupted:', e, time.monotonic() - t0 < 5)
lock = threading.Lock()
lock.acquire()
signal.alarm(1)
t0 = time.monotonic()
try:
    lock.acquire()
except Alarm as e:
    print('lock wait interrupted:', e, time.monotonic() - t0 < 5, lock.locked())
signal.alarm(1)
try:
    lock.acquire(timeout=10)
except Alarm as e:
    print('timed lock wait interrupted:', e)
ev = threading.Event()
signal.alarm(1)
try:
    ev.wait()
except Alarm as e:
    print('event wait interrupted:', e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('SIGINT ->', repr(e))
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('SIGINT ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('default handler restored')
