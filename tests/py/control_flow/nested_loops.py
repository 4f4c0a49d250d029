# Nested loops: break/continue affect only the innermost loop; flags and else for outer control.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner loop of", i, "completed")

target = 12
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target and a < b:
            found = (a, b)
            break
    if found:
        break
print("found", found)

pairs = []
for a in range(1, 7):
    for b in range(a, 7):
        for c in range(b, 15):
            if a * a + b * b == c * c:
                pairs.append((a, b, c))
print(pairs)
table = []
for row in range(1, 5):
    line = []
    for col in range(1, 5):
        line.append(str(row * col))
    table.append(" ".join(line))
print("\n".join(table))
count = 0
i = 0
while i < 4:
    for j in range(i):
        count += j
    i += 1
print(count)
