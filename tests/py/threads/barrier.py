import threading
n = 4
out = []
lock = threading.Lock()
def action():
    out.append('tripped')
b = threading.Barrier(n, action=action)
def worker(k):
    for rnd in range(3):
        i = b.wait()
        with lock:
            out.append((rnd, i >= 0 and i < n))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
for t in ts: t.start()
for t in ts: t.join()
print(out.count('tripped'), sorted(x for x in out if x != 'tripped'))
print(b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.05)
try: b2.wait()
except threading.BrokenBarrierError as e: print('broken', type(e).__name__, b2.broken)
b2.reset(); print(b2.broken)
b2.abort()
try: b2.wait()
except threading.BrokenBarrierError: print('aborted')
print(issubclass(threading.BrokenBarrierError, RuntimeError))
