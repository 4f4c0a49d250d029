import threading, queue
q = queue.Queue(maxsize=10)
results = []
def producer(base):
    for i in range(1000):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item)
        q.task_done()
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
cs = [threading.Thread(target=consumer) for k in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
q.join()
for c in cs: q.put(None)
for c in cs: c.join()
print(len(results), sum(results), sorted(results) == list(range(3000)))
print(q.empty(), q.qsize(), q.full())
