# for loops over lists, strings, tuples, dicts, ranges, with else, break, continue and unpacking.
for ch in "abc":
    print(ch, end=" ")
print()
for i, ch in enumerate("xyz"):
    print(i, ch)
for key in {'one': 1, 'two': 2}:
    print(key)
for key, value in {'one': 1, 'two': 2}.items():
    print(key, "->", value)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for x in range(10):
    if x % 3 == 0:
        continue
    if x > 7:
        break
    print("x", x)
else:
    print("not reached")

def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
for _ in []:
    print("never")
else:
    print("empty loop else")
total = 0
for n in range(1, 101):
    total += n
print(total)
for first, *rest in ["abc", "de"]:
    print(first, rest)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
    print("item", item)
