# Generators stay in the interpreter and call compiled functions; compiled closures read and
# write cells.
# expect-stat: left to the interpreter \(generator or coroutine\): [1-9]
# expect-stat: functions compiled: [1-9]

def square(x):
    return x * x

def gen(n):
    for i in range(n):
        yield square(i)

print(sum(gen(100)), list(gen(5)))

def counter():
    count = 0
    def bump(by):
        nonlocal count
        count += by
        return count
    return bump

b = counter()
for i in range(50):
    b(i)
print(b(0))
adders = [lambda x, k=k: x + k for k in range(5)]
print([f(10) for f in adders])
print(list(map(square, range(10))))
print(sorted(range(20), key=lambda v: (v % 3, -v)))
