# Lazy iterator tools written as generators (itertools look-alikes), composed.

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, iterable):
    for i, item in zip(range(n), iterable):
        yield item

def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    for i, item in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield item

def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        yield from saved

def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    else:
        for _ in range(times):
            yield value

def chain(*iterables):
    for it in iterables:
        yield from it

def accumulate(iterable, func=lambda a, b: a + b):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for item in it:
        total = func(total, item)
        yield total

def takewhile(pred, iterable):
    for item in iterable:
        if not pred(item):
            return
        yield item

def dropwhile(pred, iterable):
    it = iter(iterable)
    for item in it:
        if not pred(item):
            yield item
            break
    yield from it

def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    sentinel = object()
    current = next(it, sentinel)
    while current is not sentinel:
        k = key(current)
        group = [current]
        current = next(it, sentinel)
        while current is not sentinel and key(current) == k:
            group.append(current)
            current = next(it, sentinel)
        yield k, group

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item

def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(buf):
        while True:
            if not buf:
                try:
                    item = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(item)
            yield buf.pop(0)
    return tuple(gen(b) for b in buffers)

def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)

def primes():
    # An incremental sieve.
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

print(list(take(5, count(10, 5))))
print(list(islice(count(), 3, 20, 4)))
print(list(take(7, cycle("abc"))))
print(list(repeat("x", 3)), list(take(2, repeat(0))))
print(list(chain([1, 2], (3,), "45", range(6, 8))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([])))
print(list(takewhile(lambda x: x < 5, count())))
print(list(dropwhile(lambda x: x < 5, range(9))))
print(list(groupby("aaabccdddd")))
print([(k, len(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print(list(pairwise("abcd")), list(pairwise([])))
a, b = tee(take(4, count()))
print(next(a), next(a), list(b), list(a))
print(list(interleave("abc", [1, 2], "XYZW")))
print(list(take(15, primes())))
print(sum(takewhile(lambda p: p < 1000, primes())))

# Composition: the running maximum of squares of odd primes.
pipeline = accumulate((p * p for p in primes() if p % 2), max)
print(list(take(6, pipeline)))

# Laziness: an infinite source is only read as far as needed.
reads = []
def watched():
    for n in count():
        reads.append(n)
        yield n

print(list(take(3, (x * 10 for x in watched()))), reads)
