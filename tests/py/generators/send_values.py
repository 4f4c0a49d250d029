# generator.send(): the value of the yield expression, priming, and its errors.

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
print(g.send(None))
print(g.send("a"), g.send("b"), g.send([1]))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

# The first send must be None.
g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(g.send(None), g.send(5))

# send() and next() after exhaustion.
def one():
    yield 1

g = one()
print(next(g))
for attempt in range(2):
    try:
        g.send("x")
    except StopIteration as e:
        print("exhausted send", e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted next", e.args)

# Sending to a finished-but-never-started generator.
g = one()
g.close()
try:
    g.send(None)
except StopIteration as e:
    print("closed send", e.args)

# A running average coroutine.
def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in (10, 20, 30, 45):
    print("avg", avg.send(v))

# send() with argument-count errors.
g = echo()
next(g)
try:
    g.send()
except TypeError as e:
    print("TypeError", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError", e)

# The value of yield in different positions.
def positions():
    a = (yield 1) + 10
    b = [(yield 2), (yield 3)]
    c = {"k": (yield 4)}
    d = str((yield 5))
    yield a, b, c, d

g = positions()
print(next(g), g.send(1), g.send("x"), g.send("y"), g.send(2.5))
print(g.send(None))

# yield as a statement ignores what is sent.
def ignore():
    yield 1
    yield 2

g = ignore()
print(next(g), g.send("ignored"))

# send into a generator that yields from another: passed through.
def inner():
    got = yield "inner ready"
    while got != "stop":
        got = yield "inner got " + str(got)
    return "inner done"

def outer():
    result = yield from inner()
    yield "outer saw " + result

g = outer()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.send("stop"))
try:
    g.send("more")
except StopIteration:
    print("outer finished")

# A generator as a state machine driven by send.
def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"

t = turnstile()
print(next(t), [t.send(e) for e in ["push", "coin", "coin", "push", "push"]])

# Sending values through a chain of send-driven coroutines.
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def upper(target):
    while True:
        item = yield
        target.send(item.upper())

def split_words(target):
    while True:
        line = yield
        for word in line.split():
            target.send(word)

p = printer(">")
next(p)
u = upper(p)
next(u)
s = split_words(u)
next(s)
s.send("hello generator world")
s.send("send chains")
