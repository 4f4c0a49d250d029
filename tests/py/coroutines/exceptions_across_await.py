# Exceptions and the exception being handled across await: chaining, sys.exc_info() per
# coroutine, try/finally with awaits, and re-raising.
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "pause"

def handled():
    return repr(sys.exc_info()[1])

async def inner_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        before = handled()
        await Pause()
        after = handled()
        return before, after

async def outer_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        got = await inner_handler()
        return got, handled()

print(run(outer_handler()))
print(handled())

# The handled exception is the coroutine's own while it is suspended.
c = inner_handler()
c.send(None)
print("outside while suspended:", handled())
try:
    raise IndexError("driver")
except IndexError:
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)

# Implicit chaining inside a coroutine across an await.
async def chained():
    try:
        raise OSError("first")
    except OSError:
        await Pause()
        raise RuntimeError("second")

try:
    run(chained())
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# Explicit chaining with from.
async def explicit():
    try:
        await failing()
    except ZeroDivisionError as e:
        raise LookupError("lookup") from e

async def failing():
    await Pause()
    return 1 / 0

try:
    run(explicit())
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# finally blocks with awaits run on return, on exceptions, and on close.
log = []
async def with_finally(mode):
    try:
        await Pause()
        if mode == "raise":
            raise TypeError("mode raise")
        return "returned"
    finally:
        log.append("finally start " + mode)
        await Pause()
        log.append("finally end " + mode)

print(run(with_finally("return")))
try:
    run(with_finally("raise"))
except TypeError as e:
    print("TypeError", e)
c = with_finally("close")
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(log)

# A bare raise after an await re-raises the coroutine's handled exception.
async def reraise():
    try:
        raise NameError("kept")
    except NameError:
        await Pause()
        raise

try:
    run(reraise())
except NameError as e:
    print("NameError", e)

# Exceptions thrown into a coroutine suspended in an except block chain to that exception.
async def suspended_in_except():
    try:
        raise ArithmeticError("handled inside")
    except ArithmeticError:
        try:
            await Pause()
        except KeyError as e:
            return repr(e.__context__)

c = suspended_in_except()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print(e.value)

# Exception groups of the handled exception are restored after nested coroutines finish.
async def level(n):
    try:
        raise ValueError(f"level {n}")
    except ValueError:
        if n:
            await level(n - 1)
        await Pause()
        return handled()

print(run(level(3)))

# An exception escaping a coroutine's except block while awaiting.
async def escape():
    try:
        raise KeyError("a")
    except KeyError:
        await failing()

try:
    run(escape())
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))
