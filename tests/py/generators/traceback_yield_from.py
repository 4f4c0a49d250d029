# A traceback through a chain of yield from: every generator frame appears, outermost first.

def leaf(n):
    yield n
    yield 10 // n

def middle(values):
    for v in values:
        yield from leaf(v)

def top():
    total = yield from middle([5, 2, 0, 1])
    return total

for item in top():
    print(item)
