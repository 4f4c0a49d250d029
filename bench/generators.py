# bench/generators.py: closures and generator pipelines: chains of generator functions and
# generator expressions, yield from with return values, send/throw/close on coroutines, an
# incremental prime sieve, closures with nonlocal state, decorators and function composition.
# Usage: generators.py [n (default 500000)]. Deterministic; prints the pipeline results.
import sys


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def pipe(source, *stages):
    """Feed source through each stage, a function from an iterable to an iterable."""
    for stage in stages:
        source = stage(source)
    return source


def mapping(f):
    def stage(items):
        for item in items:
            yield f(item)
    return stage


def keeping(predicate):
    def stage(items):
        return (item for item in items if predicate(item))
    return stage


def windows(k):
    def stage(items):
        window = []
        for item in items:
            window.append(item)
            if len(window) > k:
                del window[0]
            if len(window) == k:
                yield tuple(window)
    return stage


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    """Yield the leaves of nested lists and tuples, depth first; return how many there were."""
    count = 0
    for item in nested:
        if isinstance(item, (list, tuple)):
            count += yield from flatten(item)
        else:
            count += 1
            yield item
    return count


def primes():
    """An incremental sieve: each composite is keyed by the next multiple of a known prime."""
    composites = {}
    for n in naturals(2):
        factor = composites.pop(n, None)
        if factor is None:
            composites[n * n] = n
            yield n
        else:
            m = n + factor
            while m in composites:
                m += factor
            composites[m] = factor


def averager():
    """A coroutine: send numbers, receive the running mean; throw ValueError to reset."""
    total = count = 0
    mean = None
    while True:
        try:
            value = yield mean
        except ValueError:
            total = count = 0
            mean = None
            continue
        total += value
        count += 1
        mean = total / count


def round_robin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n):
    """The number of partitions of n, by Euler's pentagonal number recurrence."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - k * (3 * k + 1) // 2))
        k += 1
    return total


class Tracked:
    """A generator wrapper that records whether its finally block ran."""

    def __init__(self):
        self.closed = False

    def items(self, n):
        try:
            yield from range(n)
        finally:
            self.closed = True


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    squares_of_odds = pipe(naturals(), keeping(lambda x: x % 2), mapping(lambda x: x * x))
    print("sum of first n odd squares:", sum(take(n, squares_of_odds)))
    triples = pipe(range(n), mapping(lambda x: x % 17), windows(3),
                   keeping(lambda w: w[0] < w[1] < w[2]))
    print("rising triples:", sum(1 for _ in triples))
    chunk_sums = [sum(c) for c in chunks(range(n), 1000)]
    print("chunks:", len(chunk_sums), chunk_sums[:3], chunk_sums[-1])
    prime_list = list(take(n // 10, primes()))
    print("primes:", len(prime_list), prime_list[:10], prime_list[-1:], sum(prime_list))
    twin = sum(1 for a, b in zip(prime_list, prime_list[1:]) if b - a == 2)
    print("twin primes:", twin)
    nested = [[i, (i + 1, [i + 2, (i + 3,)]), []] for i in range(0, n, 4)]
    flat = flatten(nested)
    total = 0
    while True:
        try:
            total += next(flat)
        except StopIteration as stop:
            print("flatten: leaves", stop.value, "sum", total)
            break
    avg = averager()
    next(avg)
    means = []
    for i in range(1, n // 2):
        mean = avg.send(i % 100 + i // 5000 * 7)
        if i % 5000 == 0:
            means.append(round(mean, 4))
            avg.throw(ValueError)
    avg.close()
    print("averages:", len(means), means[:4], means[-1:])
    merged = list(round_robin(range(5), "abc", (x * x for x in range(7)), []))
    print("round robin:", merged)
    counters = [make_counter(step) for step in range(1, 6)]
    for _ in range(n // 5):
        for counter in counters:
            counter()
    print("counters:", [c() for c in counters])
    pipeline = compose(lambda x: x + 1, lambda x: x * 3, abs, lambda x: x - 50)
    print("composed:", sum(pipeline(i) for i in range(n)))
    print("partitions:", partitions(300), len(partitions.cache))
    tracker = Tracked()
    gen = tracker.items(10)
    first = [next(gen) for _ in range(3)]
    gen.close()
    print("closed early:", first, tracker.closed)
    print("expressions:", max(x * (n - x) for x in range(n)), any(x > n for x in range(n)),
          all(x >= 0 for x in range(n)), sorted((x * 7919) % 101 for x in range(10)))


if __name__ == "__main__":
    main()
