# A loop compiled while its operands are ints sees floats, strings and lists: the native
# int fast path's type guard fails and the generic path gives Python's results.
# expect-stat: functions compiled: [1-9]
# expect-stat: failed guards \(operand types\) at BINARY_OP: [1-9]
# expect-stat: failed guards \(operand types\) at COMPARE_OP: [1-9]

def total(items):
    acc = items[0]
    for x in items[1:]:
        acc = acc + x
    return acc

def count_below(items, limit):
    n = 0
    for x in items:
        if x < limit:
            n += 1
    return n

for i in range(30):
    total([1, 2, 3, i])
print(total([1, 2, 3]))
print(total([1, 2.5, 3]))
print(total([0.5, 0.25]))
print(total(["a", "b", "c"]))
print(total([[1], [2], [3]]))
print(total([True, True, 1]))
print(total([1, 10**30, -10**30]))
print(count_below([1, 5, 10, 15], 10))
print(count_below([1.5, 5, 10.0, 15], 10))
print(count_below(["a", "z"], "m"))
print(count_below([float("nan"), 1.0, 0], 2))
try:
    total([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    count_below([1, None], 3)
except TypeError as e:
    print(type(e).__name__, e)
