import threading, queue
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        results.put((n, n * n))
        tasks.task_done()
ws = [threading.Thread(target=worker, daemon=True) for i in range(4)]
for w in ws: w.start()
for n in range(200): tasks.put(n)
tasks.join()
for w in ws: tasks.put(None)
for w in ws: w.join()
out = sorted(results.get() for i in range(200))
print(out[:3], out[-1], results.empty())
