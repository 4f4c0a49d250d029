# Generator attributes: gi_frame, gi_running, gi_suspended, gi_code, gi_yieldfrom, names, repr.
import sys

def shape(text):
    # Addresses differ between runs: show the rest of a repr.
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "...>" if sep else text

def gen(a, b=2):
    c = a + b
    x = yield c
    yield x

g = gen(1)
print(shape(repr(g)))
print(type(g).__name__, type(g).__module__ if hasattr(type(g), "__module__") else None)
print(g.__name__, g.__qualname__)
print(g.gi_code is gen.__code__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)

frame = g.gi_frame
print(type(frame).__name__, frame.f_code is gen.__code__, frame.f_lineno)
print(sorted(frame.f_locals.items()), frame.f_back)
next(g)
print(g.gi_suspended, g.gi_frame is frame, frame.f_lineno, frame.f_lasti > 0)
print(sorted(frame.f_locals.items()))
g.send("sent")
print(sorted(frame.f_locals.items()), frame.f_lineno)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_running)
print(frame.f_code.co_name, frame.f_lineno, frame.f_back)

# Nested functions have dotted qualified names.
class Holder:
    def method(self):
        def local():
            yield 1
        return local()
    def direct(self):
        yield self

h = Holder()
print(h.method().__qualname__, h.direct().__qualname__, shape(repr(h.direct())))
print(shape(repr(x for x in [])), (x for x in []).__qualname__)

def factory():
    return (i for i in range(2))
print(factory().__qualname__)

# __name__ and __qualname__ are writable with str only.
g = gen(1)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, shape(repr(g)), gen.__name__)
for attr in ("__name__", "__qualname__"):
    for value in (None, 1, b"bytes"):
        try:
            setattr(g, attr, value)
        except TypeError as e:
            print("TypeError", e)
    try:
        delattr(g, attr)
    except TypeError as e:
        print("TypeError", e)

# Read-only attributes.
for attr in ("gi_frame", "gi_running", "gi_code", "gi_yieldfrom", "gi_suspended"):
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError", attr)

# gi_running inside the generator.
def self_aware():
    yield me.gi_running, me.gi_suspended, me.gi_yieldfrom

me = self_aware()
print(next(me))

# The frame of a running generator links back to its caller.
def caller_frame():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name

def driver():
    it = caller_frame()
    return next(it), next(it)

print(driver())

# A suspended generator's frame has no f_back.
g = caller_frame()
next(g)
print(g.gi_frame.f_back)

# The frame object outlives the generator and keeps its last state.
def locals_gen():
    value = "kept"
    yield value

g = locals_gen()
next(g)
fr = g.gi_frame
del g
print(fr.f_locals, fr.f_code.co_name)

# Generator objects are not subclassable and cannot be created directly.
try:
    type(gen(1))()
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(type(gen(1))):
        pass
except TypeError as e:
    print("TypeError", e)

print(hasattr(g if False else gen(1), "__next__"), hasattr(gen(1), "__iter__"))
print(sorted(n for n in dir(gen(1)) if not n.startswith("__")))
print(type(gen(1)).__name__ in dir(__builtins__))
