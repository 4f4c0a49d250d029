# Exceptions thrown into a generator that calls compiled code: gen.throw() while the
# generator is suspended between calls of a hot compiled function, a throw the generator
# catches and continues from, an exception raised inside the compiled callee while the
# generator runs, and close().
# expect-stat: functions compiled: [1-9]
# expect-stat: left to the interpreter \(generator or coroutine\): [1-9]
# jit-threshold: 50

def work(k):
    s = 0
    for j in range(k):
        s += j * k
    if k < 0:
        raise ValueError("negative " + str(k))
    return s

def gen(n):
    i = 0
    total = 0
    while i < n:
        try:
            total += work(i)
            yield total
        except KeyError as e:
            yield "caught " + repr(e) + " at " + str(i) + " total " + str(total)
        i += 1
    yield "done " + str(total)

g = gen(400)
got = [next(g) for _ in range(100)]
print(got[-3:])
print(g.throw(KeyError("k1")))
print(next(g), next(g))
try:
    g.throw(TypeError("boom"))
except TypeError as e:
    print("escaped", type(e).__name__, e)
print(next(g, "exhausted"))

def gen2():
    k = 10
    while True:
        try:
            yield work(k)
        except ValueError as e:
            yield "handled " + str(e)
        k -= 4

g2 = gen2()
print([next(g2) for _ in range(3)])
try:
    print(next(g2), next(g2))
except ValueError as e:
    print(type(e).__name__, e)
g3 = gen(100)
for _ in range(20):
    next(g3)
g3.close()
print(next(g3, "closed"))
print(list(gen(8))[-1])
