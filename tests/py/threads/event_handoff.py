import threading
ping, pong = threading.Event(), threading.Event()
trace = []
def player():
    for i in range(20):
        ping.wait(); ping.clear()
        trace.append('pong%d' % i)
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(20):
    trace.append('ping%d' % i)
    ping.set()
    pong.wait(); pong.clear()
t.join()
print(trace[:6], len(trace))
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set(); print(e.is_set(), e.wait())
e.clear(); print(e.is_set())
