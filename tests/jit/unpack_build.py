# Containers built, unpacked and indexed in compiled loops, including the error paths.
# expect-stat: functions compiled: [1-9]

def work(n):
    acc = []
    for i in range(n):
        a, b = i, i + 1
        first, *rest = [a, b, a + b]
        t = (a, b, *rest)
        d = {"a": a, **{"b": b}}
        s = {a, b}
        acc.append((t[1:], d["b"], sorted(s), f"{a:>3}|{b!r}", rest[-1]))
    return acc

for _ in range(12):
    out = work(4)
print(out)
for bad in [(1, 2, 3), [1], "ab", 5]:
    try:
        x, y = bad
        print(x, y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    work.__call__(None)
except TypeError as e:
    print(type(e).__name__, e)
