# Deep mutual recursion within the limit works; beyond it RecursionError is raised.
def even(n):
    return True if not n else odd(n - 1)
def odd(n):
    return False if not n else even(n - 1)
print(even(900), odd(901))
try:
    even(100000)
except RecursionError as e:
    print(type(e).__name__, e)
print(even(10), odd(7))
