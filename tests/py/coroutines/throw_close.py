# throw() and close() on coroutines, passed down through await chains.

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

log = []

async def leaf():
    try:
        got = await Pause("leaf waiting")
        log.append(("leaf got", got))
        return "leaf result"
    except ValueError as e:
        log.append(("leaf caught", str(e)))
        got = await Pause("leaf after catch")
        return "leaf recovered " + str(got)
    finally:
        log.append("leaf finally")

async def middle():
    try:
        r = await leaf()
        log.append(("middle got", r))
        await Pause("middle waiting")
        return "middle result"
    finally:
        log.append("middle finally")

async def top():
    try:
        return await middle()
    except KeyError as e:
        log.append(("top caught", str(e)))
        return "top handled"

c = top()
print(c.send(None))
print(c.throw(ValueError("v")))
print(c.send("resumed"))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(log)
log.clear()

# An exception nobody catches below top.
c = top()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
print(log)
log.clear()

# An exception that escapes completely.
c = top()
c.send(None)
try:
    c.throw(TypeError("escapes"))
except TypeError as e:
    print("escaped", e)
print(log, c.cr_frame)
log.clear()

# close() runs every finally, innermost first.
c = top()
c.send(None)
print(c.close())
print(log)
log.clear()

# A coroutine ignoring GeneratorExit.
async def stubborn():
    while True:
        try:
            await Pause("stubborn")
        except GeneratorExit:
            log.append("ignored GeneratorExit")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.throw(SystemExit(3))
except SystemExit as e:
    print("SystemExit", e.code)
print(log)
log.clear()

# throw() and close() before the first send.
async def never_started():
    log.append("ran")

c = never_started()
try:
    c.throw(OSError("early"))
except OSError as e:
    print("OSError", e)
c = never_started()
print(c.close(), log)

# After completion: throw raises RuntimeError (not the thrown exception), close is silent.
async def quick():
    return 1

c = quick()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e)
except ValueError:
    print("ValueError")
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# send() of a non-None value to an unstarted coroutine.
c = quick()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()

# "coroutine already executing".
async def reenter():
    me.send(None)

me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)

# StopIteration raised inside a coroutine is a RuntimeError.
async def raises_stop():
    raise StopIteration("in coroutine")

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

# throw() with the three-argument form and bad arguments.
c = top()
c.send(None)
print(c.throw(ValueError, "three-arg", None))
try:
    c.throw("not an exception")
except TypeError as e:
    print("TypeError", e)
c.close()
log.clear()
