import threading
cond = threading.Condition()
items = []
log = []
def consumer(n):
    for i in range(n):
        with cond:
            cond.wait_for(lambda: items)
            log.append(items.pop(0))
t = threading.Thread(target=consumer, args=(50,))
t.start()
for i in range(50):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(log == list(range(50)))
try: cond.wait()
except RuntimeError as e: print(e)
try: cond.notify()
except RuntimeError as e: print(e)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, 0.01), cond.wait_for(lambda: 7))
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(timeout=0))
