import threading
lock = threading.RLock()
total = {}
def work(k):
    for i in range(20000):
        with lock:
            with lock:
                total[k] = total.get(k, 0) + 1
ts = [threading.Thread(target=work, args=(i % 3,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(total.items()))
