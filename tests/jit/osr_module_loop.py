# A hot loop at module level and one in a function called once enter native code mid-loop
# (on-stack replacement at the loop header), with the iterator on the value stack.
# jit-threshold: 50
# expect-stat: functions compiled: ([2-9]|[1-9][0-9]+)
total = 0
for i in range(100000):
    total += i
print(total)

def once():
    acc = 0.0
    i = 0
    while i < 50000:
        acc += i * 0.5
        i += 1
    return acc

print(once())
squares = {}
for k in range(300):
    squares[k] = k * k
print(len(squares), squares[299])
names = []
for word in "the quick brown fox".split() * 40:
    if word not in names:
        names.append(word)
print(names)
