# Mutual and tree recursion between compiled functions, with results that outgrow machine
# words (big ints through the overflow path) and exceptions crossing many native frames.
# expect-stat: functions compiled: ([2-9]|[1-9][0-9]+)
# expect-stat: failed guards \(int overflow\) at BINARY_OP: [1-9]

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fails_at(n, k):
    if n == k:
        raise LookupError("at %d" % n)
    return fails_at(n + 1, k)

print([is_even(i) for i in range(10)], is_odd(301))
print(fib(22))
print(fact(25), fact(30) // fact(28))
for k in (0, 5, 50):
    try:
        fails_at(0, k)
    except LookupError as e:
        print(type(e).__name__, e)
