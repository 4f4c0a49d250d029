import threading, time
def forever():
    while True:
        time.sleep(0.01)
def spin():
    x = 0
    while True:
        x += 1
for f in (forever, spin):
    t = threading.Thread(target=f, daemon=True)
    t.start()
print('daemons started', threading.active_count())
time.sleep(0.05)
print('main exits')
