import threading, time
stop = threading.Event()
def spin():
    x = 0
    while not stop.is_set():
        x += 1
t = threading.Thread(target=spin)
t.start()
lat = []
for i in range(10):
    t0 = time.monotonic()
    time.sleep(0.01)
    lat.append(time.monotonic() - t0 - 0.01)
stop.set(); t.join()
print(max(lat) < 0.1)
