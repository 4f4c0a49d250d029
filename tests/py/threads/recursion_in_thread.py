import threading, sys
res = []
def deep():
    def f(n): return f(n + 1)
    try: f(0)
    except RecursionError as e: res.append(str(e))
    l = []
    for i in range(200000): l = [l]
    try: repr(l)
    except RecursionError as e: res.append(str(e))
    try:
        raise ValueError("x")
    except ValueError:
        res.append(repr(sys.exc_info()[1]))
    res.append(sys.exc_info())
t = threading.Thread(target=deep); t.start(); t.join()
print(res)
print(sys.exc_info())
