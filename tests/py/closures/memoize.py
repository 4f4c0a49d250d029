# A memoizing decorator built from a closure over a dict; counts real calls.
def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
            return cache[n]
        stats["misses"] += 1
        result = func(n)
        cache[n] = result
        return result
    wrapper.stats = stats
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.stats)
print(fib(90))
print(fib.stats, len(fib.cache))
@memoize
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print([ways(n) for n in range(12)])
print(ways.stats)
