# Default values are evaluated once, left to right, when the def statement executes.
log = []
def make(tag):
    log.append(tag)
    return tag
def f(a=make("a"), b=make("b"), *, c=make("c")):
    return a, b, c
print(log)
print(f(), f(1), log)
for i in range(3):
    def g(x=i):
        return x
print(g(), log)
def counter(store={}):
    store["n"] = store.get("n", 0) + 1
    return store["n"]
print(counter(), counter(), counter({}), counter())
def h(items=()):
    return items + (1,)
print(h(), h(), h((0,)))
