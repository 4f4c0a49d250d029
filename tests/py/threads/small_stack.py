import threading
# A thread with a smaller stack still stops deep C recursion with RecursionError.
print(threading.stack_size(1024 * 1024))
res = []
def deep():
    l = []
    for i in range(100000): l = [l]
    try: repr(l)
    except RecursionError as e: res.append(str(e))
    d = {}
    for i in range(100000): d = {'k': d}
    try: str(d)
    except RecursionError as e: res.append(type(e).__name__)
t = threading.Thread(target=deep); t.start(); t.join()
print(res)
print(threading.stack_size(0))
