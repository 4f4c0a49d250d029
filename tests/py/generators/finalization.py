# When the last reference to a suspended generator goes, it is closed: its finally blocks
# and context managers run at once (reference counting, no collector needed).

def resource(name):
    print("open", name)
    try:
        yield name
        yield name + " again"
    finally:
        print("close", name)

g = resource("a")
next(g)
print("deleting")
del g
print("deleted")

# Rebinding the only name.
g = resource("b")
next(g)
g = None
print("rebound")

# Breaking out of a for loop drops the generator.
for item in resource("c"):
    print("got", item)
    break
print("after break")

# An exception leaving a for loop drops the generator too.
try:
    for item in resource("d"):
        raise ValueError("stop the loop")
except ValueError as e:
    print("caught", e)

# A generator that finished normally has nothing to close.
for item in resource("e"):
    pass
print("finished loop")

# Unstarted generators run nothing when dropped.
g = resource("never started")
del g
print("nothing printed for the unstarted one")

# A finally block that stores the value it was handling keeps that value alive.
saved = []
def keeper():
    value = ["payload"]
    try:
        yield value
    finally:
        saved.append(value)
        print("finally ran")

g = keeper()
next(g)
del g
print(saved)
saved.clear()

# Dropping a generator while an exception is being handled keeps that exception.
def cleanup():
    try:
        yield
    finally:
        print("cleanup ran")

try:
    raise KeyError("pending")
except KeyError as e:
    g = cleanup()
    next(g)
    del g
    import sys
    print("still handling", repr(sys.exc_info()[1]))

# Nested delegation: dropping the outer generator closes the inner one first.
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
del g

# Generators referenced only by a list.
gens = [resource(str(i)) for i in range(3)]
for g in gens:
    next(g)
del g
print("clearing list")
gens.clear()
print("list cleared")

# A generator closed during garbage of a dict value.
holder = {"k": resource("dict")}
next(holder["k"])
holder["k"] = 0
print("replaced dict value")

# Generator expressions are released too.
def noisy_source():
    try:
        yield 1
        yield 2
    finally:
        print("source closed")

ge = (x * 2 for x in noisy_source())
print(next(ge))
del ge
print("genexpr dropped")

# Closing on drop happens even if the generator ignores GeneratorExit the first time,
# provided it finishes.
def once_stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, finishing")

g = once_stubborn()
next(g)
del g

# The order of finally blocks when a function's locals go away.
def scope():
    a = resource("local a")
    b = resource("local b")
    next(a)
    next(b)
    print("returning")

scope()
print("end")
