# Exceptions raised deep inside compiled frames unwind through native code into handlers that
# the interpreter runs, with CPython's tracebacks and chaining.
# expect-stat: functions compiled: [1-9]
# expect-stat: at RAISE_VARARGS: [1-9]

def dive(n):
    if n == 0:
        raise ValueError("bottom")
    return dive(n - 1) + 1

def divide(a, b):
    return a // b

def guarded(n):
    try:
        return dive(n)
    except ValueError as e:
        return f"caught {e} at depth {n}"
    finally:
        pass

for i in range(15):
    print(guarded(i % 5))
total = 0
for i in range(-3, 4):
    try:
        total += divide(10, i)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(total)

def chain(n):
    try:
        dive(n)
    except ValueError as e:
        raise KeyError(n) from e

try:
    chain(3)
except KeyError as e:
    print(repr(e), repr(e.__cause__))

def unbound(flag):
    if flag:
        v = 1
    return v

for i in range(12):
    try:
        print(unbound(i % 2))
    except UnboundLocalError as e:
        print(type(e).__name__, e)
