# Tiered compilation: a unit is first compiled with a cheap pipeline; once its code object
# has been called or looped SECOND_TIER_FACTOR times the threshold more (at least 1000), it
# is recompiled with default<O2> and the new entry installed, while frames still running the
# first tier's code (recursion, a loop in progress) finish in it.
# expect-stat: recompiled with default<O2> when hotter: [1-9]
# expect-stat: functions compiled: [1-9]

def add(a, b):
    return a + b

def fib(n):
    # Deep recursion: the second tier arrives while first-tier frames are on the stack.
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def poly(x):
    return 3 * x * x - 2 * x + 1

total = 0
for i in range(3000):
    total = add(total, i)
print(total)
print(fib(20))
print(sum(poly(x) for x in range(2500)))
print([poly(x / 2) for x in range(5)])
# Types the first tier never saw, after the second tier is in.
print(add("ab", "cd"), add([1], [2]), add(2**70, 1))
try:
    add(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
