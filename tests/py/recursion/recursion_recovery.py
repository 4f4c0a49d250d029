# After a RecursionError is caught, the interpreter recovers fully; finally blocks run while unwinding.
import sys
unwound = []
def dive(n):
    try:
        return dive(n + 1)
    finally:
        if n % 200 == 0:
            unwound.append(n)
try:
    dive(0)
except RecursionError as e:
    print("caught:", e)
print(unwound[:3], len(unwound) > 2)
def deep_ok(n):
    return 0 if n == 0 else 1 + deep_ok(n - 1)
for attempt in range(3):
    try:
        deep_ok(10 ** 6)
    except RecursionError:
        print("attempt", attempt, "recursion error, then", deep_ok(800))
def recurse_in_handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n > 0:
            return recurse_in_handler(n - 1)
        return "bottom"
print(recurse_in_handler(300))
sys.setrecursionlimit(300)
try:
    deep_ok(400)
except RecursionError:
    print("limit 300 enforced")
sys.setrecursionlimit(1000)
print(deep_ok(400))
