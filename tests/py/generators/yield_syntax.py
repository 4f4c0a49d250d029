# yield in its syntactic positions and the compile-time errors around it.

def positions():
    a = yield
    b = yield 1
    c = yield 1, 2
    d = (yield) or "falsy sent"
    e = "no comprehension" if (yield "e?") else None
    f = yield from ()
    yield a, b, c, d, e, f

g = positions()
print(next(g), g.send("a"), g.send("b"), g.send("c"), g.send(None), g.send(1))
try:
    g.send(0)
except StopIteration:
    print("positions finished")

def in_call():
    print("call got", (yield "first"), (yield "second"))
    yield "done"

g = in_call()
print(next(g), g.send(1), g.send(2))

def in_return():
    return (yield "y")

g = in_return()
next(g)
try:
    g.send("sent value")
except StopIteration as e:
    print("returned", e.value)

def in_subscript():
    d = {}
    d[(yield "key?")] = (yield "value?")
    yield d

g = in_subscript()
print(next(g), g.send("v"), g.send("k"))

def in_fstring():
    yield f"{(yield 'inner')}!"

g = in_fstring()
print(next(g), g.send("outer"))

def in_conditional():
    x = (yield "a") if (yield "cond") else (yield "b")
    yield x

g = in_conditional()
print(next(g), g.send(True), g.send("chosen"))
g = in_conditional()
print(next(g), g.send(False), g.send("other"))

def in_augmented():
    total = 0
    total += yield total
    total += yield total
    yield total

g = in_augmented()
print(next(g), g.send(5), g.send(7))

def in_while_condition():
    while (yield "more?"):
        print("looping")
    yield "stopped"

g = in_while_condition()
print(next(g), g.send(1), g.send(1), g.send(0))

def in_assert():
    assert (yield "check"), "assert failed"
    yield "passed"

g = in_assert()
print(next(g), g.send(True))
g = in_assert()
next(g)
try:
    g.send(False)
except AssertionError as e:
    print("AssertionError", e)

def in_lambda_default(x=(lambda: (yield 1))):
    yield type(x()).__name__

print(list(in_lambda_default()))

# Compile-time errors.
sources = [
    "yield 1",
    "def f():\n    return [(yield x) for x in range(3)]",
    "def f():\n    return {(yield x) for x in range(3)}",
    "def f():\n    return ((yield x) for x in range(3))",
    "class C:\n    yield 1",
    "def f():\n    yield from",
    "async def f():\n    yield from []",
    "def f():\n    x = yield = 1",
    "await x",
    "def f():\n    await x",
    "lambda: (yield from [])",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src.replace("\n", " | "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
