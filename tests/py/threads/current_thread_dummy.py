import _thread, threading, time
names = []
done = threading.Event()
def f():
    t = threading.current_thread()
    names.append((type(t).__name__, t.name.startswith('Dummy-'), t.daemon, t.is_alive()))
    done.set()
_thread.start_new_thread(f, ())
done.wait()
print(names)
print(type(threading.current_thread()).__name__)
