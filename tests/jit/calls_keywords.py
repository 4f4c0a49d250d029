# Calls from compiled code: keyword arguments (KW_NAMES), defaults, *args/**kwargs, bound
# methods, builtins and classes as callables, and exceptions raised in callees.
# expect-stat: functions compiled: [1-9]

def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))

class K:
    def __init__(self, v):
        self.v = v
    def m(self, x, *, scale=1):
        return (self.v + x) * scale

def run(n):
    out = []
    k = K(n)
    for i in range(3):
        out.append(f(i))
        out.append(f(i, c=i, z=1))
        out.append(f(*[i, i], **{"c": 0}))
        out.append(k.m(i, scale=2))
        out.append(max(i, 1, key=lambda v: -v))
        out.append(K(i).v)
    return out

for i in range(15):
    r = run(i)
print(r)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    K(1).m(1, scale=1, other=2)
except TypeError as e:
    print(type(e).__name__, e)
