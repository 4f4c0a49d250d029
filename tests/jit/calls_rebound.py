# Direct calls of Python functions from native code guard the callee's function version: a
# global rebound while the compiled caller runs, __code__ replaced, __defaults__ changed or a
# bound method's function swapped makes the guard fail and the call deoptimizes to the
# interpreter's CALL, which calls whatever is there now. Then speculation stops at that site.
# expect-stat: deopts \(function version\) at loop \(line [0-9]+\) CALL
# expect-stat: deopts \(function version\) at with_defaults \(line [0-9]+\) CALL
# expect-stat: deopts \(function version\) at via_method \(line [0-9]+\) CALL
# expect-stat: functions compiled: ([4-9]|[1-9][0-9]+)

def step(x):
    return x + 1

def double(x):
    return x * 2

def loop(n, rebind_at):
    global step
    total = 0
    for i in range(n):
        total += step(i)
        if i == rebind_at:
            step = double          # the next call sees another function
    return total

print(loop(100, 50))
print(loop(100, -1))
step = lambda x: x - 1
print(loop(40, -1))

def code_donor(x):
    return -x

def victim(x):
    return x + 1000

def calls_victim(n, swap_at):
    out = []
    for i in range(n):
        out.append(victim(i))
        if i == swap_at:
            victim.__code__ = code_donor.__code__  # same function object, new version
    return out

print(calls_victim(60, 30)[25:35])
print(calls_victim(5, -1))

def scaled(x, k=2):
    return x * k

def with_defaults(n, change_at):
    s = 0
    for i in range(n):
        s += scaled(i)
        if i == change_at:
            scaled.__defaults__ = (10,)
    return s

print(with_defaults(50, 25), with_defaults(50, -1))
scaled.__defaults__ = (2,)
print(with_defaults(30, 10))
try:
    scaled.__defaults__ = None
    print(with_defaults(3, -1))
except TypeError as e:
    print(type(e).__name__, e)

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n

def other_bump(self, k):
    self.n -= k
    return self.n

def via_method(c, n, swap_at):
    r = 0
    for i in range(n):
        r = c.bump(i)
        if i == swap_at:
            Counter.bump = other_bump
    return r

c = Counter()
print(via_method(c, 50, 30), c.n)
print(via_method(Counter(), 20, -1))

# Arguments bound to the wrong count after a rebinding: the interpreter's error, as CPython's.
def two(a, b):
    return a + b

def caller_of_two(n):
    r = []
    for i in range(n):
        try:
            r.append(two(i, 1))
        except TypeError as e:
            r.append(str(e))
    return r

print(caller_of_two(15)[-1])
two = lambda a: a
print(caller_of_two(2))
