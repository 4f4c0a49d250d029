import threading, time
sem = threading.Semaphore(2)
active = [0]
peak = [0]
lock = threading.Lock()
def work():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=work) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, active[0])
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(3); print(s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))
for f in [lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)]:
    try: f()
    except ValueError as e: print(e)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try: b.release()
except ValueError as e: print(e)
