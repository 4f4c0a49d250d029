# throw() into a generator delegating with yield from: the subgenerator's frame sees the
# exception first; the delegating frame shows its yield from line.

def inner():
    while True:
        yield "inner"

def outer():
    yield "start"
    yield from inner()

g = outer()
print(next(g), next(g))
g.throw(PermissionError("denied"))
