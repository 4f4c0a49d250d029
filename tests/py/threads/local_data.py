import threading
data = threading.local()
data.x = 'main'
seen = []
lock = threading.Lock()
def f(k):
    print_missing = not hasattr(data, 'x')
    data.x = k
    for i in range(1000):
        assert data.x == k
    with lock:
        seen.append((k, print_missing, sorted(data.__dict__)))
ts = [threading.Thread(target=f, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen), data.x)
class My(threading.local):
    def __init__(self, v):
        self.v = v
        self.inits = 1
m = My(42)
res = []
t = threading.Thread(target=lambda: res.append((m.v, m.inits)))
t.start(); t.join()
print(res, m.v)
try: threading.local(1)
except TypeError as e: print(e)
try: data.__dict__ = {}
except AttributeError as e: print(e)
try: data.nope
except AttributeError as e: print(e)
del data.x
print(hasattr(data, 'x'), type(data).__name__, threading.local is type(data))
