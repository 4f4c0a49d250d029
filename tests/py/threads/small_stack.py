import threading, sys
print(threading.stack_size(256 * 1024))
res = []
def deep():
    l = []
    for i in range(100000): l = [l]
    try: repr(l)
    except RecursionError as e: res.append(str(e))
    d = {}
    for i in range(100000): d = {'k': d}
    try: d == d.copy()
    except RecursionError as e: res.append(type(e).__name__)
    sys.setrecursionlimit(100000)
    try: repr(l)
    except RecursionError as e: res.append('deep ' + str(e))
    sys.setrecursionlimit(1000)
t = threading.Thread(target=deep); t.start(); t.join()
print(res)
print(threading.stack_size(0))
