import threading
d = {}
lst = []
lock = threading.Lock()
def work(k):
    for i in range(2000):
        d[(k, i)] = i
        lst.append(i)
        if i % 3 == 0:
            d.pop((k, i), None)
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), len(lst), sum(lst))
