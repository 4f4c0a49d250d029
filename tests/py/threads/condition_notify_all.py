import threading
cond = threading.Condition()
ready = [0]
go = [False]
woke = []
def waiter(k):
    with cond:
        ready[0] += 1
        cond.notify_all()
        while not go[0]:
            cond.wait()
        woke.append(k)
ts = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ts: t.start()
with cond:
    cond.wait_for(lambda: ready[0] == 5)
    go[0] = True
    cond.notify_all()
for t in ts: t.join()
print(sorted(woke))
