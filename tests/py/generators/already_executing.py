# A generator cannot be resumed while it runs: ValueError "generator already executing".

def recursive():
    yield next(me)

me = recursive()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
print(me.gi_frame, list(me))

def sends_to_self():
    yield me2.send(None)

me2 = sends_to_self()
try:
    next(me2)
except ValueError as e:
    print("ValueError", e)

def throws_to_self():
    try:
        yield
        me3.throw(KeyError)
    except ValueError as e:
        yield "inner caught " + str(e)

me3 = throws_to_self()
next(me3)
print(next(me3))

def closes_self():
    try:
        me4.close()
    except ValueError as e:
        yield "close: " + str(e)

me4 = closes_self()
print(next(me4))

# The error leaves the generator running state consistent afterwards.
def counter():
    n = 0
    while True:
        n += 1
        if n == 2:
            try:
                next(c)
            except ValueError as e:
                print("nested next:", e)
        yield n

c = counter()
print(next(c), next(c), next(c))
print(c.gi_running)

# A generator that indirectly resumes itself through another generator.
def a_gen():
    yield "a1"
    yield next(b)

def b_gen():
    yield next(a)

a = a_gen()
b = b_gen()
print(next(a))
try:
    next(a)
except ValueError as e:
    print("ValueError", e)

# Through a generator expression.
def outer():
    total = sum(x for x in inner_gen)
    yield total

def inner_fn():
    yield 1
    yield next(o)

inner_gen = inner_fn()
o = outer()
try:
    next(o)
except ValueError as e:
    print("ValueError", e)

# A for loop over a generator from inside itself.
def loop_self():
    for x in ls:
        yield x

ls = loop_self()
try:
    next(ls)
except ValueError as e:
    print("ValueError", e)
