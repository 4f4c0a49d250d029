# The frame of a generator across its life: locals, line numbers, f_back, tracebacks that
# keep the frame, and frames of delegating generators.
import sys

def stages():
    a = 1
    yield sys._getframe().f_lineno
    b = 2
    yield sys._getframe().f_lineno
    c = a + b
    yield c

g = stages()
f = g.gi_frame
print("before start:", f.f_lineno, sorted(f.f_locals))
print("first:", next(g), f.f_lineno, sorted(f.f_locals.items()))
print("second:", next(g), f.f_lineno, sorted(f.f_locals.items()))
print("third:", next(g), f.f_lineno, sorted(f.f_locals.items()))
print("end:", list(g), g.gi_frame, f.f_lineno, sorted(f.f_locals.items()))

# The frame object while running is the frame sys._getframe() sees.
def self_frame():
    yield sys._getframe() is holder.gi_frame

holder = self_frame()
print(next(holder))

# f_back of a running generator's frame is the frame of whoever resumed it.
def who_called():
    while True:
        yield sys._getframe().f_back.f_code.co_name

w = who_called()
def alpha():
    return next(w)
def beta():
    return w.send(None)
print(alpha(), beta(), next(w))

# A delegating generator: the subgenerator's frame chains to the delegating one's.
def sub():
    frame = sys._getframe()
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    yield names

def delegating():
    yield from sub()

def driver():
    return next(delegating())

print(driver())

# A traceback keeps the generator frame alive with its last locals.
def broken(n):
    local_value = n * 2
    yield local_value
    raise ValueError(local_value)

g = broken(21)
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    last = tb
    tb = tb.tb_next
print(names, last.tb_frame.f_locals)
print(g.gi_frame, last.tb_frame.f_back)

# Line numbers of a generator suspended inside loops and conditions.
def lines():
    for i in range(2):
        if i:
            yield "odd"
        else:
            yield "even"
    while True:
        yield "loop"

g = lines()
seen = []
for _ in range(4):
    value = next(g)
    seen.append((value, g.gi_frame.f_lineno - lines.__code__.co_firstlineno))
print(seen)

# Frames of generator expressions.
ge = (sys._getframe().f_code.co_name for _ in range(1))
print(next(ge), ge.gi_frame is not None, ge.gi_suspended)
ge = (x for x in range(3))
print(ge.gi_frame.f_code.co_name, ge.gi_frame.f_lineno == sys._getframe().f_lineno)

# f_locals of a suspended generator reflects cells and freevars.
def with_cells():
    shared = "cell value"
    def reader():
        return shared
    yield reader()
    shared = "changed"
    yield reader()

g = with_cells()
next(g)
print(sorted(g.gi_frame.f_locals.items(), key=lambda kv: kv[0])[1])
next(g)
print(g.gi_frame.f_locals["shared"])
