# Builtins rebound through the builtins module (attribute, __dict__ item, deletion) while
# compiled code calls them in a loop: every call sees the current binding, and a deleted
# builtin raises CPython's NameError.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(type or keys version\) at fold \(line 20\) LOAD_GLOBAL
# jit-threshold: 50
import builtins

real_abs, real_max, real_len = builtins.abs, builtins.max, builtins.len

def fold(xs, rebind_at):
    s = 0
    for i, x in enumerate(xs):
        if i == rebind_at:
            builtins.abs = lambda v: 1000
        if i == rebind_at + 3:
            builtins.__dict__["max"] = lambda a, b: -1
        if i == rebind_at + 6:
            globals()["abs"] = lambda v: 7
        s += abs(x) + max(x, 0)
    return s

xs = list(range(-10, 10))
for _ in range(10):
    fold(xs, -10)
print(fold(xs, -10))
print(fold(xs, 5))
print(fold(xs, -10))
del abs
print(fold(xs, -10))
builtins.abs, builtins.max = real_abs, real_max
print(fold(xs, -10))

def uses_sorted(n):
    out = []
    for i in range(n):
        if i == 4 and n > 3:
            del builtins.sorted
        out.append(sorted([i, -i])[0])
    return out

real_sorted = builtins.sorted
for _ in range(10):
    uses_sorted(3)
try:
    uses_sorted(8)
except NameError as e:
    print(type(e).__name__, e)
builtins.sorted = real_sorted
print(uses_sorted(3))

total = 0
for k in range(40):
    if k == 20:
        builtins.len = lambda o: 5
    total += len("ab")
print(total, len([1, 2, 3]))
builtins.len = real_len
print(len([1, 2, 3]))
