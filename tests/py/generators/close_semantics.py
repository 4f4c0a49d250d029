# generator.close(): GeneratorExit at the yield, finally blocks, and its errors.

def with_finally(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

g = with_finally("suspended")
print(next(g))
print("close ->", g.close())
print("close again ->", g.close())
print(g.gi_frame, list(g))

# Closing an unstarted generator runs nothing.
g = with_finally("unstarted")
print(g.close(), g.gi_suspended, list(g))

# Closing an exhausted generator does nothing.
g = with_finally("exhausted")
print(list(g), g.close())

# A generator that catches GeneratorExit and returns.
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return "ignored return value"

g = catches()
next(g)
print("close ->", g.close())

# A generator that yields after GeneratorExit.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("refusing to close")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(g.gi_suspended)
try:
    g.throw(KeyError("end it"))
except KeyError as e:
    print("ended by", repr(e))

# A generator raising another exception while closing.
def raises_on_close():
    try:
        yield
    finally:
        raise ValueError("from finally")

g = raises_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

# StopIteration from close is swallowed; other exceptions escape.
def stop_on_close():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("x")

g = stop_on_close()
next(g)
try:
    print("close ->", g.close())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

# GeneratorExit re-raised as is.
def reraise():
    try:
        yield
    except GeneratorExit as e:
        print("saw", type(e).__name__, e.args)
        raise

g = reraise()
next(g)
print(g.close())

# close() in the middle of nested try/finally blocks runs them all, innermost first.
def nested():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("inner finally")
        finally:
            print("middle finally")
    finally:
        print("outer finally")

g = nested()
print(next(g))
g.close()

# close() of a with block inside a generator calls __exit__ with GeneratorExit.
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("__exit__ got", typ.__name__ if typ else None)
        return False

def managed():
    with Manager():
        yield 1

g = managed()
next(g)
g.close()

# A manager that suppresses GeneratorExit lets the generator go on: it then returns.
class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("suppressing", typ.__name__)
        return True

def suppressed():
    with Suppressor():
        yield 1
    print("after with")

g = suppressed()
next(g)
print(g.close())

def suppressed_then_yield():
    with Suppressor():
        yield 1
    yield 2

g = suppressed_then_yield()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

# close() takes no arguments.
try:
    with_finally("x").close(1)
except TypeError as e:
    print("TypeError", e)

# close() from inside the generator itself.
def self_closer():
    yield "first"
    me.close()
    yield "never"

me = self_closer()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# close() closes the subgenerator of a yield from first.
def sub():
    try:
        yield "sub"
    finally:
        print("sub finally")

def delegating():
    try:
        yield from sub()
    finally:
        print("delegating finally")

g = delegating()
print(next(g))
g.close()

# A subiterator with a close() method that fails: its error replaces GeneratorExit.
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "bad"
    def close(self):
        raise KeyError("close failed")

def deleg_bad():
    try:
        yield from BadClose()
    except KeyError as e:
        print("generator got", repr(e))
        raise

g = deleg_bad()
print(next(g))
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))
