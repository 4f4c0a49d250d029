# Coroutine objects: cr_frame, cr_running, cr_await, cr_code, cr_suspended, cr_origin, names,
# repr, and coroutine.__await__().

def shape(text):
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "...>" if sep else text

class Pause:
    def __await__(self):
        yield "paused"

async def inner():
    await Pause()
    return "inner done"

async def outer(x):
    y = x * 2
    r = await inner()
    return r, y

c = outer(5)
print(shape(repr(c)), c.__name__, c.__qualname__)
print(c.cr_code is outer.__code__, c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
frame = c.cr_frame
print(type(frame).__name__, frame.f_lineno, sorted(frame.f_locals.items()))
print(c.send(None))
print(c.cr_suspended, c.cr_running, type(c.cr_await).__name__, c.cr_await.__name__)
print(type(c.cr_await.cr_await).__name__, c.cr_await.cr_await.__qualname__)
print(sorted(frame.f_locals), frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)

# Names of nested coroutines and renaming.
class K:
    async def method(self):
        async def local():
            pass
        return local

    @staticmethod
    def make():
        return K().method()

m = K.make()
print(m.__qualname__, shape(repr(m)))
m.__name__ = "renamed"
m.__qualname__ = "K.renamed"
print(shape(repr(m)), m.__name__)
try:
    m.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del m.__qualname__
except TypeError as e:
    print("TypeError", e)
m.close()

# cr_running inside the coroutine itself.
async def self_check():
    return me.cr_running, me.cr_suspended, me.cr_await

me = self_check()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)

# __await__ returns a coroutine_wrapper iterator over the same coroutine.
async def two_steps():
    await Pause()
    await Pause()
    return "finished"

c = two_steps()
w = c.__await__()
print(type(w).__name__, iter(w) is w, hasattr(w, "__next__"))
print(next(w), w.send(None))
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)

c = two_steps()
w = c.__await__()
print(next(w))
try:
    w.throw(KeyError("into wrapper"))
except KeyError as e:
    print("KeyError", e, c.cr_frame)
c = two_steps()
w = c.__await__()
next(w)
print(w.close(), c.cr_frame)

# The type of coroutine objects.
print(type(c).__name__, type(w).__name__)
try:
    type(c)()
except TypeError as e:
    print("TypeError", e)
unstarted = two_steps()
print(sorted(n for n in dir(unstarted) if not n.startswith("__")))
unstarted.close()
for co in (K.make(),):
    co.close()
print(outer.__code__.co_flags & 0x80 != 0, inner.__code__.co_flags & 0x20 != 0)
