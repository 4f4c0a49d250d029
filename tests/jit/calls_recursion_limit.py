# Recursion through direct native calls reaches the recursion limit exactly where the
# interpreter does (CPython's depth counting), raises RecursionError with CPython's message,
# and unwinds every native frame; the compiled functions keep working afterwards, at lower
# and higher limits, and with mutual recursion.
# expect-stat: functions compiled: ([3-9]|[1-9][0-9]+)
import sys

depth = 0

def down(n):
    global depth
    depth = n
    return down(n + 1) + 1

def measure():
    try:
        down(0)
    except RecursionError as e:
        return type(e).__name__, str(e), depth

def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)

print(measure())
print(sum_to(500))
for limit in (200, 120, 1000, 3000):
    sys.setrecursionlimit(limit)
    print(limit, measure(), sum_to(limit // 2))
sys.setrecursionlimit(1000)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1) if n < 10 ** 9 else n

try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)

def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n

r = guarded(0)
print(r > 900, r < 1000)
print(sum_to(300), measure())
