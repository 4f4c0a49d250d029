# Globals read natively behind dict-keys version guards: rebinding a global while a compiled
# loop runs is seen at once (same keys, new value); adding globals or shadowing a builtin
# changes the keys and deoptimizes.
# expect-stat: deopts \(type or keys version\) at
# expect-stat: functions compiled: [1-9]

SCALE = 2

def total(n):
    s = 0
    for i in range(n):
        s += SCALE * i + len("ab")
        if i == n // 2:
            rebind()
    return s

def rebind():
    global SCALE
    SCALE = SCALE + 1

for _ in range(20):
    total(10)
print(SCALE, total(10), SCALE)

def add_globals():
    for k in range(5):
        globals()["extra_%d" % k] = k

def with_new_globals(n):
    s = 0
    for i in range(n):
        s += SCALE + len("abc")
        if i == 3:
            add_globals()
    return s

for _ in range(20):
    with_new_globals(5)
print(with_new_globals(10))
len = lambda x: 100
print(with_new_globals(10), total(4))
del len
print(with_new_globals(6), sorted(k for k in globals() if k.startswith("extra_")))
