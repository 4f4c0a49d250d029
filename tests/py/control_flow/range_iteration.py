# range with positive and negative steps, empty ranges, len, indexing, slicing and membership.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2])
print(r[1:4], r[::-1], list(r[::2]))
print(7 in r, 8 in r, 27 in r, 31 in r)
print(r.index(11), r.count(15))
print(range(0), len(range(-5)), len(range(0, 10, 3)))
print(range(1, 10) == range(1, 10), range(0) == range(5, 5))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
big = range(10 ** 20)
print(len(range(0, 10 ** 12, 7)), big[-1], 10 ** 19 in big)
