import _thread, threading, time
def poke():
    time.sleep(0.02)
    _thread.interrupt_main()
threading.Thread(target=poke).start()
print('waiting', flush=True)
while True:
    time.sleep(0.005)
