import _thread, threading, time
def poke():
    time.sleep(0.02)
    _thread.interrupt_main()
threading.Thread(target=poke).start()
try:
    while True:
        time.sleep(0.005)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt in sleep loop', repr(e))
threading.Thread(target=poke).start()
try:
    x = 0
    while True:
        x += 1
except KeyboardInterrupt:
    print('KeyboardInterrupt in busy loop')
threading.Thread(target=poke).start()
try:
    time.sleep(5)
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt during long sleep')
