# PEP 479: a StopIteration escaping a generator becomes RuntimeError.

def raises_stop():
    yield 1
    raise StopIteration("escaped")

g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)

# next() on an exhausted iterator inside a generator.
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# The right way: catch StopIteration and return.
def careful(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return

print(list(careful(iter([1, 2, 3]))))

# Subclasses of StopIteration are converted too.
class MyStop(StopIteration):
    pass

def raises_sub():
    raise MyStop("sub")
    yield

try:
    next(raises_sub())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine.
def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught"

print(list(caught_inside()))

# A generator expression converts too.
def stop():
    raise StopIteration

try:
    print(list(stop() for _ in range(2)))
except RuntimeError as e:
    print("genexpr:", e)

# return is the way to stop, with a value.
def with_return():
    yield 1
    return "value"

g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)

# StopIteration thrown in is converted when not caught.
def plain():
    yield 1
    yield 2

g = plain()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown:", e, repr(e.__cause__))
except StopIteration as e:
    print("not converted", e)

# In a generator started by a for loop, the error surfaces from the loop.
def bad_loop():
    yield "a"
    raise StopIteration

out = []
try:
    for x in bad_loop():
        out.append(x)
except RuntimeError as e:
    out.append(str(e))
print(out)

# The converted exception keeps the StopIteration's traceback as its cause's.
try:
    next(raises_sub())
except RuntimeError as e:
    print(e.__cause__.__traceback__ is not None, e.__traceback__ is not None)

# StopIteration from a subgenerator's explicit raise converts in the subgenerator.
def sub():
    raise StopIteration("from sub")
    yield

def deleg():
    try:
        yield from sub()
    except RuntimeError as e:
        yield "delegating caught: " + str(e)

print(list(deleg()))

# Async-style StopAsyncIteration in a plain generator is not converted.
def async_stop():
    raise StopAsyncIteration("plain generator")
    yield

try:
    next(async_stop())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e)
