# Lists of thousands of items: front inserts and pops, removes, reversal, index and count
# with bounds, repeated growth and shrinking, checked against arithmetic.
n = 5000
a = []
for i in range(n):
    a.insert(0, i)
print(len(a), a[:3], a[-3:], a == list(range(n - 1, -1, -1)))
a.reverse()
print(a == list(range(n)), a.index(4321), a.index(10, 5, 20), a.count(7))
for i in range(0, n, 2):
    a.remove(i)
print(len(a), a[:3], sum(a) == sum(range(1, n, 2)))
while len(a) > 10:
    a.pop(0)
    a.pop()
print(a)
b = [0] * 1000
b[::3] = [1] * 334
print(sum(b), b.count(1), b.index(1, 1), b.index(0, -5))
b *= 5
print(len(b), sum(b))
del b[1000:]
b += b
print(len(b), sum(b), b[999], b[1000])
c = list(range(3000))
c[100:2900] = []
print(len(c), c[98:102])
c[50:50] = range(10000)
print(len(c), c[49:52], c[-1], sum(c))
d = [[i] for i in range(2000)]
d.sort(key=lambda x: -x[0])
print(d[:2], d[-2:])
d.sort(reverse=True)
print(d[:2], d[-1])
e = list(range(10000))
print(e.index(9999), e.index(5000, 4000, 6000), 9999 in e, 10000 in e, e.count(5))
try:
    e.index(5000, 0, 5000)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(len(e * 3), (e * 3).count(42), len(e[::-7]), e[::-7][:3], e[::997])
