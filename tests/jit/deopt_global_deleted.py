# A global that compiled code reads is deleted mid-loop: the next read raises CPython's
# NameError, or falls back to the builtin of the same name; a module-level loop (entered by
# OSR) deletes its own global too.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(type or keys version\) at scaled \(line 15\) LOAD_GLOBAL
# jit-threshold: 50
factor = 3
len = lambda x: 1000

def scaled(n, delete_at):
    out = 0
    for i in range(n):
        if i == delete_at:
            del globals()["factor"]
        out += i * factor
    return out

def lengths(xs, delete_at):
    acc = []
    for i in range(6):
        if i == delete_at:
            global len
            del len
        acc.append(len(xs))
    return acc

for _ in range(10):
    scaled(20, -1)
print(scaled(20, -1))
try:
    scaled(20, 7)
except NameError as e:
    print(type(e).__name__, e)
factor = 2.5
print(scaled(20, -1))
print(lengths([1, 2], 3))
print(lengths([1, 2], -1))
try:
    print(lengths([1], 2))
except NameError as e:
    print(type(e).__name__, e)

total = 0
victim = 7
for k in range(40):
    if k == 30:
        del victim
    try:
        total += victim
    except NameError as e:
        total += 1
        if k == 30:
            print(type(e).__name__, e)
print(total)

def reads_missing():
    s = 0
    for i in range(30):
        s += i
    return s + never_defined

try:
    reads_missing()
except NameError as e:
    print(type(e).__name__, e)
