import threading
def f(a, b=0):
    out.append(a + b)
out = []
t = threading.Thread(target=f, args=(1,), kwargs={'b': 2}, name='named')
print(t.name, t.ident, t.is_alive(), t.daemon, t.native_id)
t.start(); t.join()
print(out, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
for bad in [t.start, lambda: threading.Thread().join(), lambda: threading.current_thread().join()]:
    try: bad()
    except RuntimeError as e: print(e)
t2 = threading.Thread(target=f, args=(5,))
print(t2.name.startswith('Thread-'), t2.name.endswith('(f)'))
t2.daemon = True; print(t2.daemon)
t2.start(); t2.join()
try: t2.daemon = False
except RuntimeError as e: print(e)
t2.name = 'renamed'; print(t2.name)
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), [x.name for x in threading.enumerate()])
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name='mine')
        self.n = n
    def run(self):
        self.result = sum(range(self.n))
m = MyThread(100); m.start(); m.join(); print(m.result, m.name)
print(threading.get_ident() == threading.main_thread().ident)
print(threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)
print(threading.Lock, type(threading.Lock()).__name__, type(threading.RLock()).__name__)
