import threading, _thread, time
lock = threading.Lock()
print(lock.acquire(), lock.locked())
t0 = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
print(lock.acquire(False), lock.acquire(blocking=False))
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {'timeout': 1e10})]:
    try: lock.acquire(*args, **kw)
    except Exception as e: print(type(e).__name__, e)
lock.release()
print(lock.locked())
try: lock.release()
except RuntimeError as e: print(e)
res = []
def other():
    res.append(lock.acquire(timeout=0.01))
lock.acquire()
t = threading.Thread(target=other); t.start(); t.join()
lock.release()
t = threading.Thread(target=other); t.start(); t.join()
print(res)
print(_thread.TIMEOUT_MAX, _thread.LockType, _thread.error)
