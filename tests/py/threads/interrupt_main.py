import _thread, threading, time
# Each poker waits until the main thread is inside its try block, so the interrupt cannot
# land anywhere else however the threads are scheduled.
def poke(ready):
    ready.wait()
    time.sleep(0.02)
    _thread.interrupt_main()
def start_poker():
    ready = threading.Event()
    threading.Thread(target=poke, args=(ready,)).start()
    return ready
ready = start_poker()
try:
    ready.set()
    while True:
        time.sleep(0.005)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt in sleep loop', repr(e))
ready = start_poker()
try:
    ready.set()
    x = 0
    while True:
        x += 1
except KeyboardInterrupt:
    print('KeyboardInterrupt in busy loop')
ready = start_poker()
try:
    ready.set()
    time.sleep(0.3)  # a simulated signal does not cut the sleep short, in CPython either
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt during long sleep')
