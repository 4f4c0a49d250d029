# async with: __aenter__ / __aexit__, suppression, nesting, and the protocol errors.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append(("enter", self.name))
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        log.append(("exit", self.name, typ.__name__ if typ else None, str(val) if val else None,
                    tb is not None))
        return self.suppress

async def simple():
    async with Manager("a") as value:
        log.append(("body", value))
    return "done"

print(run(simple()), log)
log.clear()

async def several():
    async with Manager("x") as x, Manager("y") as y:
        log.append(("body", x, y))
    async with Manager("outer"):
        async with Manager("inner"):
            log.append("nested body")

run(several())
print(log)
log.clear()

# An exception in the body reaches __aexit__; a true result suppresses it.
async def raising(suppress):
    async with Manager("m", suppress):
        raise ValueError("in body")
    return "after with"

print(run(raising(True)), log)
log.clear()
try:
    run(raising(False))
except ValueError as e:
    print("ValueError", e, log)
log.clear()

# return, break and continue inside async with call __aexit__.
async def control_flow():
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned"

print(run(control_flow()), log)
log.clear()

# __aenter__ and __aexit__ that suspend.
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class SlowManager:
    async def __aenter__(self):
        await Pause("entering")
        return "slow"
    async def __aexit__(self, *exc):
        await Pause("exiting")

async def slow():
    async with SlowManager() as s:
        await Pause("body " + s)
    return "slow done"

c = slow()
print(c.send(None), c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# __aexit__ returning a plain awaitable.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

class PlainAwaitables:
    def __aenter__(self):
        return Ready("plain enter")
    def __aexit__(self, *exc):
        return Ready(True)

async def plain():
    async with PlainAwaitables() as v:
        raise KeyError(v)
    return "suppressed by a Ready(True)"

print(run(plain()))

# Errors.
class NoAenter:
    async def __aexit__(self, *a):
        pass

class NoAexit:
    async def __aenter__(self):
        pass

class SyncManager:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class AenterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class AexitNotAwaitable:
    async def __aenter__(self):
        return None
    def __aexit__(self, *a):
        return 2

class AenterRaises:
    async def __aenter__(self):
        raise LookupError("aenter failed")
    async def __aexit__(self, *a):
        log.append("aexit must not run")

async def use(mgr):
    async with mgr:
        log.append("body ran")

for mgr in (NoAenter(), NoAexit(), SyncManager(), AenterNotAwaitable(), AexitNotAwaitable(),
            AenterRaises(), 3):
    try:
        run(use(mgr))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(log)
log.clear()

# An error in __aexit__ replaces the body's exception, chained to it.
class FailingExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("aexit failed")

async def failing_exit():
    async with FailingExit():
        raise ValueError("body failed")

try:
    run(failing_exit())
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

# 'async with' outside an async function is a SyntaxError.
for src in ("async with x: pass", "def f():\n    async with x: pass",
            "def f():\n    async for x in y: pass", "async def f():\n    async with x: pass"):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
