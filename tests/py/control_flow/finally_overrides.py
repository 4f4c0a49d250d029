# return in finally overrides a pending return or exception; finally runs exactly once.
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())

def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())

def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(h())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded, i = " + str(i)
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
