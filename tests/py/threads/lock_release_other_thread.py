import threading
l = threading.Lock()
l.acquire()
def rel():
    l.release()
t = threading.Thread(target=rel); t.start(); t.join()
print(l.locked())
done = []
def waiter():
    with l:
        done.append(1)
l.acquire()
t = threading.Thread(target=waiter); t.start()
l.release(); t.join(); print(done)
