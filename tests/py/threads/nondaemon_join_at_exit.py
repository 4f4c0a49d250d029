import threading, time
def slow(k):
    time.sleep(0.05)
    print('worker', k, 'done')
for k in range(3):
    threading.Thread(target=slow, args=(k,)).start()
    time.sleep(0.01)
print('main done')
