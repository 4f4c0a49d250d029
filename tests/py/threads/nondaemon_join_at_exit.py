import threading, time
# Each worker runs after the main thread has finished its code and after the previous worker:
# the interpreter must wait for all of them before exiting.
gates = [threading.Event() for k in range(4)]
def slow(k):
    gates[k].wait()
    time.sleep(0.02)
    print('worker', k, 'done', flush=True)
    gates[k + 1].set()
for k in range(3):
    threading.Thread(target=slow, args=(k,)).start()
print('main done', flush=True)
gates[0].set()
