import _thread, threading, time
ready = threading.Event()
def poke():
    ready.wait()
    time.sleep(0.05)
    _thread.interrupt_main()
threading.Thread(target=poke).start()
print('waiting', flush=True)
ready.set()
while True:
    time.sleep(0.005)
