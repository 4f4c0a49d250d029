# with statements, try/finally and except clauses inside compiled loops: handlers run in the
# interpreter and the loop re-enters native code at its next back-edge.
# expect-stat: functions compiled: [1-9]
# expect-stat: at RAISE_VARARGS: [1-9]

class Ctx:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit " + (et.__name__ if et else "ok"))
        return et is KeyError

def loop(n):
    log = []
    for i in range(n):
        with Ctx(log):
            if i % 3 == 1:
                raise KeyError(i)
        try:
            if i % 3 == 2:
                raise ValueError(i)
        except ValueError as e:
            log.append("caught %s" % e)
        finally:
            log.append("finally %d" % i)
    return log

for _ in range(10):
    r = loop(6)
print(r)

def reraiser(n):
    for i in range(n):
        try:
            try:
                raise IndexError(i)
            finally:
                pass
        except IndexError:
            pass
    return n

print(reraiser(30))
