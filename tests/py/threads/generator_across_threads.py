import threading
def gen():
    for i in range(5):
        try:
            yield i
        except ValueError as e:
            yield 'caught %s in %s' % (e, threading.current_thread().name)
g = gen()
out = [next(g)]
def step(k):
    out.append(next(g))
    out.append(g.throw(ValueError('x%d' % k)))
ts = [threading.Thread(target=step, args=(k,), name='T%d' % k) for k in range(2)]
for t in ts: t.start(); t.join()
out.append(list(g))
print(out)
