import threading, gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = self
shared = {}
shared_list = []
lock = threading.Lock()
def work(k):
    local = []
    for i in range(5000):
        n = Node(i)
        local.append(n)
        shared[(k, i % 50)] = n
        shared_list.append([n, {i: n}])
        if len(shared_list) > 200:
            with lock:
                del shared_list[:100]
        if i % 400 == 0:
            gc.collect()
    return len(local)
ts = [threading.Thread(target=work, args=(k,)) for k in range(16)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
print(len(shared), len(shared_list) <= 216 + 16)
