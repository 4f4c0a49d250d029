import threading
lock = threading.Lock()
count = 0
def work():
    global count
    for i in range(100000):
        with lock:
            count += 1
threads = [threading.Thread(target=work) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(count)
print([t.is_alive() for t in threads])
