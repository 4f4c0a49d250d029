# With sys.setrecursionlimit raised, a 100,000-deep Python recursion completes without a crash.
import sys
sys.setrecursionlimit(120000)
print(sys.getrecursionlimit())
def depth(n):
    if n:
        return depth(n - 1) + 1
    return 0
print(depth(100000))
def total(n, acc):
    if not n:
        return acc
    return total(n - 1, acc + n)
print(total(100000, 0))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("lowered again:", e)
