# Recursion deeper than native code's share of the C stack continues in the interpreter and
# ends at the recursion limit with RecursionError, never a crash.
# expect-stat: at CALL: [1-9]
import sys
sys.setrecursionlimit(50000)

def depth(n):
    if n:
        return depth(n - 1) + 1
    return 0

print(depth(40000))
sys.setrecursionlimit(3000)
try:
    depth(10000)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(2000))

def kw_depth(n, *, step=1):
    return 0 if n <= 0 else kw_depth(n - step, step=step) + 1

sys.setrecursionlimit(50000)
print(kw_depth(30000, step=1))
