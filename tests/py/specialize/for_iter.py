# for loops over lists, tuples and ranges (FOR_ITER_LIST / _TUPLE / _RANGE, which follow the
# iterator type a loop sees) and over everything else at the same site.


def total(iterable):
    t = 0
    for x in iterable:
        t += x
    return t


def collect(iterable):
    return [x for x in iterable]


print(total([1, 2, 3] * 50), total((1, 2) * 60), total(range(1000)), total(range(10, -10, -3)))
print(total(range(2**62, 2**62 + 3)), total(range(-(2**63), -(2**63) + 2)))
print(total(range(2**63 - 3, 2**63 + 2)), collect(range(2**64, 2**64 + 2)))
print(total({1: 0, 2: 0}), total(x for x in range(5)), total(iter([4, 5])), total(reversed([1])))
print(collect("abc"), collect(b"ab"), collect({"k": 1}.items()), collect(enumerate("xy")))

# The list grows and shrinks while it is iterated; the tuple iterator is shared.
lst = list(range(10))
seen = []
for x in lst:
    seen.append(x)
    if x == 3:
        lst.append(100)
    if x == 5:
        del lst[0]
print(seen, lst)
it = iter((1, 2, 3, 4))
print(next(it), collect(it), collect(it))
lst = [1, 2]
it = iter(lst)
print(collect(it), lst.append(3), collect(it))

# A site that alternates iterator types each call, and loops exited early.
def first_even(iterable):
    for x in iterable:
        if x % 2 == 0:
            return x
    return None


print([first_even(s) for s in ([1, 3, 4], (5, 6), range(7, 9), iter([9, 10]), "ab"[:0]) * 30][-5:])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(total(Countdown(100)), [total(c) for c in [[1] * 20, Countdown(3), range(3)] * 20][-3:])


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    total(Bad())
except ValueError as e:
    print(type(e).__name__, e)
