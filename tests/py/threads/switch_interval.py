import sys, threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
for v in [0, -1, 'x']:
    try: sys.setswitchinterval(v)
    except Exception as e: print(type(e).__name__, e)
sys.setswitchinterval(1e-9); print(sys.getswitchinterval())
sys.setswitchinterval(0.0001)
counts = [0, 0]
stop = threading.Event()
def spin(k):
    while not stop.is_set():
        counts[k] += 1
ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts: t.start()
import time
time.sleep(0.2)
stop.set()
for t in ts: t.join()
print(counts[0] > 0 and counts[1] > 0)
sys.setswitchinterval(0.005)
