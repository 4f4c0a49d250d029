# Compiled functions with cells and free variables: MAKE_CELL/COPY_FREE_VARS run before the
# native entry, LOAD_DEREF/STORE_DEREF in native code, and unbound cells raise as in CPython.
# jit-threshold: 0
# expect-stat: functions compiled: ([3-9]|[1-9][0-9]+)

def make_counter(start):
    total = start
    def add(n):
        nonlocal total
        for _ in range(n):
            total += 1
        return total
    def get():
        return total
    return add, get

add, get = make_counter(10)
print(add(5), add(100), get())

def late():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = 3
    return read()

print(late())

def deleter():
    x = 1
    def show():
        return x
    del x
    try:
        return show()
    except NameError as e:
        return str(e)

print(deleter())
fs = [(lambda k: lambda: k * k)(k) for k in range(6)]
print([f() for f in fs])
