# Frames pushed by direct native calls look like the interpreter's: sys._getframe walks the
# compiled callers with their locals and lines, a frame object kept after its function
# returned still answers, the cycle collector runs inside a callee while compiled callers
# hold values on their stacks, generators and closures call compiled functions directly.
# expect-stat: functions compiled: ([5-9]|[1-9][0-9]+)
import gc
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(k for k in f.f_locals if not k.startswith("_"))

def callee(a, b):
    c = a + b
    return where(), c

def caller(n):
    total = 0
    info = None
    for i in range(n):
        info, c = callee(i, 1)
        total += c
    return info, total

print(caller(30))

def chain_names():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level3(x):
    return chain_names() if x == 0 else x

def level2(x):
    return level3(x)

def level1(n):
    r = None
    for i in range(n, -1, -1):
        r = level2(i)
    return r

print(level1(25))

kept = []

def keep_frame(x):
    y = x * 2
    kept.append(sys._getframe())
    return y

def keeper(n):
    s = 0
    for i in range(n):
        s += keep_frame(i)
    return s

print(keeper(20), len(kept), kept[-1].f_locals, kept[-1].f_lineno, kept[-1].f_back is None)
kept.clear()

class Node:
    def __init__(self, v):
        self.v = v
        self.me = self

def make_garbage(v):
    n = Node(v)
    if v % 10 == 0:
        gc.collect()
    return n.v

def collector(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        s += make_garbage(i) + len(a)
    return s

print(collector(40))

def square(x):
    return x * x

def gen(n):
    for i in range(n):
        yield square(i)

def from_gen(n):
    return sum(gen(n))

print([from_gen(k) for k in range(15)][-3:])

def make_adder(k):
    def add(x):
        return x + k
    return add

add5 = make_adder(5)

def uses_closure(n):
    return [add5(i) for i in range(n)][-3:]

print(uses_closure(40))
