# A closure's cell is rebound while a compiled loop reads it: by a nonlocal assignment in a
# nested function called mid-loop, with the cell's value changing type (int, float, str, big
# int), and the cell of a loop variable captured by lambdas; deleting the cell's value raises
# CPython's NameError.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(operand types\) at outer.<locals>.loop \(line 24\) BINARY_OP
# expect-stat: units retired after repeated deopts: [1-9]
# jit-threshold: 50

def outer(n):
    k = 1

    def bump(v):
        nonlocal k
        k = v

    def loop():
        s = 0
        for i in range(n):
            if i == 10:
                bump(2.5)
            elif i == 20:
                bump(2 ** 64)
            s += i * k
        return s

    first = loop()
    bump("x")
    try:
        loop()
    except TypeError as e:
        return first, type(e).__name__, str(e)
    return first

for _ in range(5):
    outer(30)
print(outer(30))

def captured():
    fs = []
    for i in range(12):
        fs.append(lambda: i * 2)
    return [f() for f in fs]

print(captured())

def deleted():
    c = 5

    def kill():
        nonlocal c
        del c

    def read():
        t = 0
        for i in range(20):
            if i == 15:
                kill()
            t += c
        return t

    try:
        return read()
    except NameError as e:
        return type(e).__name__, str(e)

print(deleted())

def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc

inc = counter()
last = 0
for _ in range(50):
    last = inc()
print(last, inc.__closure__[0].cell_contents)
inc.__closure__[0].cell_contents = 2 ** 70
print(inc(), inc())
