import threading, _thread
loc = threading.local()
done = []
lock = threading.Lock()
def f(k):
    loc.v = [k] * 10
    with lock:
        done.append(k)
for batch in range(20):
    ts = [threading.Thread(target=f, args=(batch * 50 + i,)) for i in range(50)]
    for t in ts: t.start()
    for t in ts: t.join()
print(len(done), sum(done), threading.active_count(), _thread._count())
