import threading, time
out = []
t = threading.Timer(0.02, out.append, args=['fired'])
t.start(); t.join()
print(out)
t2 = threading.Timer(10, out.append, args=['never'])
t2.start(); t2.cancel(); t2.join()
print(out, t2.finished.is_set())
t3 = threading.Timer(0.01, lambda **kw: out.append(kw), kwargs={'a': 1})
t3.start(); t3.join(); print(out[-1])
