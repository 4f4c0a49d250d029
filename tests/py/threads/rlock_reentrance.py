import threading
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(timeout=0.1))
print(r._is_owned())
r.release(); r.release()
res = []
def other():
    res.append(r.acquire(timeout=0.02))
    res.append(r._is_owned())
    try: r.release()
    except RuntimeError as e: res.append(str(e))
t = threading.Thread(target=other); t.start(); t.join()
r.release()
print(res, r._is_owned())
try: r.release()
except RuntimeError as e: print(e)
def recurse(n):
    with r:
        return 0 if n == 0 else 1 + recurse(n - 1)
print(recurse(50))
state = (r.acquire(), r.acquire(), r._release_save())[2]
print(state[0], r._is_owned())
r._acquire_restore(state); print(r._is_owned()); r.release(); r.release(); print(r._is_owned())
