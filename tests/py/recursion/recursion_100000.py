# A 100,000-deep recursion under the default limit raises RecursionError, which can be caught.
import sys
def depth(n):
    if n:
        return depth(n - 1) + 1
    return 0
print(sys.getrecursionlimit())
try:
    depth(100000)
    print("no error?!")
except RecursionError as e:
    print(type(e).__name__, "|", e)
print(isinstance(RecursionError(), RuntimeError))
print("still works after the error:", depth(500))
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("runaway:", e)
print("and again:", depth(900))
