# Exceptions raised several directly called native frames deep, caught in a compiled caller
# (or a compiled frame in between): every frame on the way gets its traceback entry, in
# CPython's order and lines, handlers in the middle run, finally blocks run, and the caller's
# native code goes on after its except clause.
# expect-stat: functions compiled: ([5-9]|[1-9][0-9]+)

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def leaf(x):
    if x % 10 == 9:
        raise ValueError("bad %d" % x)
    return x + 1

def middle(x):
    y = leaf(x)
    return y * 2

def upper(x):
    return middle(x) + middle(x + 1)

def catch_at_top(n):
    ok = errors = 0
    last = None
    for i in range(n):
        try:
            ok += upper(i)
        except ValueError as e:
            errors += 1
            last = (str(e), frames(e.__traceback__))
    return ok, errors, last

print(catch_at_top(50))

log = []

def with_finally(x):
    try:
        return middle(x)
    finally:
        log.append(x)

def catch_in_middle(x):
    try:
        return with_finally(x)
    except ValueError:
        return -1

def outer(n):
    return [catch_in_middle(i) for i in range(n)]

print(outer(25), len(log))

def chain(depth, x):
    if depth == 0:
        return leaf(x)
    return chain(depth - 1, x) + 1

def deep_catch(n):
    r = []
    for i in range(n):
        try:
            r.append(chain(6, i))
        except ValueError as e:
            fs = frames(e.__traceback__)
            r.append((len(fs), fs[0], fs[-1]))
    return r

print(deep_catch(12)[-4:])

class Custom(Exception):
    pass

def raiser(k):
    if k > 3:
        raise Custom(k)
    return k

def reraiser(k):
    try:
        return raiser(k)
    except Custom as e:
        raise KeyError(k) from e

def catch_chained(n):
    out = []
    for i in range(n):
        try:
            out.append(reraiser(i))
        except KeyError as e:
            out.append((repr(e), type(e.__cause__).__name__, frames(e.__traceback__)))
    return out

print(catch_chained(12)[-1])

def uncaught_in_loop(n):
    s = 0
    for i in range(n):
        s += middle(i)
    return s

try:
    uncaught_in_loop(100)
except ValueError as e:
    print(type(e).__name__, e, frames(e.__traceback__))
