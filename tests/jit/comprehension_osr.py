# Comprehensions, nested loops and loops with break/continue/else entered mid-loop (OSR) at
# their headers, with iterators and partial results on the value stack.
# jit-threshold: 20
# expect-stat: functions compiled: ([2-9]|[1-9][0-9]+)
squares = [i * i for i in range(200)]
print(sum(squares), squares[-3:])
pairs = {(i, j) for i in range(30) for j in range(i) if (i + j) % 7 == 0}
print(len(pairs), min(pairs), max(pairs))
table = {k: [v for v in range(k) if v % 3] for k in range(25)}
print(table[24][:5], sum(len(v) for v in table.values()))

def search(limit):
    found = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            found.append(n)
            continue
        if n > 90:
            break
    return found

print(search(120))
i = 0
out = []
while i < 300:
    i += 1
    if i % 50:
        continue
    out.append(i)
print(out)
