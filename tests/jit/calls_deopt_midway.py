# A directly called callee whose own native code deoptimizes half-way (an operand type
# changes, an int overflows, a division by zero) is finished by the interpreter, and its
# result comes back to the compiled caller, which goes on natively. Callees that return from
# inside loops, from several returns, and through bound methods and default arguments.
# expect-stat: deopts \(operand types\) at scale
# expect-stat: failed guards \(int overflow\) at BINARY_OP: [1-9]
# expect-stat: functions compiled: ([4-9]|[1-9][0-9]+)

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def scale(x, k):
    y = x * k
    z = y + y
    return z

def drive(values, k):
    out = 0
    n = 0
    for v in values:
        r = scale(v, k)
        n += 1
        if n % 7 == 0:
            out += 1
        last = r
    return out, last

print(drive(list(range(200)), 3))
print(drive([1.5] * 50 + [2] * 50, 2))           # floats, then ints again
try:
    print(drive([1, 2, 3] * 30 + [None], 2))     # None at the end raises in scale
except TypeError as e:
    print(type(e).__name__, e, frames(e.__traceback__))
print(drive(["ab", "c"] * 20, 2))
print(drive([2 ** 62] * 40, 4))                  # overflow into big ints

def first_big(xs, limit):
    for x in xs:
        if x * x > limit:
            return x
    return None

def search(n):
    found = []
    for i in range(n):
        found.append(first_big(range(i, i + 50), i * i + 10))
    return found

print(search(30)[-5:])

def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return "div0"

def divs(n):
    return [safe_div(100, i % 5) for i in range(n)]

print(divs(40)[-10:])

def power(x, n=2):
    r = 1
    for _ in range(n):
        r *= x
    return r

def powers(limit):
    total = 0
    for i in range(limit):
        total += power(i) + power(i, 3) + power(3, i)
    return total

print(powers(60))

class Acc:
    def __init__(self, start=0):
        self.total = start

    def add(self, v):
        self.total = self.total + v
        return self.total

def accumulate(acc, items):
    r = None
    for it in items:
        r = acc.add(it)
    return r

a = Acc()
print(accumulate(a, range(100)), accumulate(a, [0.5] * 10), accumulate(Acc([]), [[1], [2]]))
