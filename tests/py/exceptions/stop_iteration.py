# StopIteration from next() on exhausted iterators, next() with a default, and iter() protocol.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"))
print(next(iter([]), None))
s = iter("ab")
print(list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d), next(d, "done"))
r = iter(range(3))
total = 0
while True:
    try:
        total += next(r)
    except StopIteration:
        break
print("total", total)
it = iter([10, 20, 30])
for x in it:
    print("got", x)
    if x == 10:
        print("skipping", next(it))
