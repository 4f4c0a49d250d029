# Capture patterns bind names; `_` binds nothing. Names bound by a match stay bound after the
# statement.
match 42:
    case x:
        print("captured", x)
print("x after match:", x)

match (1, 2):
    case (a, _):
        print("a =", a)
try:
    _
except NameError as e:
    print(type(e).__name__, e)

# A capture in a later case is not bound when an earlier case matched.
def f(v):
    match v:
        case [1, y]:
            return ("first", y)
        case z:
            return ("second", z)

print(f([1, 2]), f("s"), f([2, 3]))

# Names are stored only once the whole pattern matched: a failed case binds nothing.
def partial(v):
    match v:
        case [p, 0]:
            pass
        case _:
            pass
    try:
        return p
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(partial([5, 1]))
print(partial([5, 0]))

# Captures inside a function are locals; at module level, globals; in a class body, class
# attributes.
class K:
    match {"name": "k"}:
        case {"name": name}:
            pass

print(K.name)

def captures_are_locals():
    match 3:
        case value:
            pass
    return "value" in locals(), value

print(captures_are_locals())

# global and nonlocal names can be captured.
g = None
def set_global(v):
    global g
    match v:
        case g:
            pass

set_global(99)
print("g =", g)

def outer():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case [n, *_]:
                pass
    inner([7, 8])
    return n

print("n =", outer())

# A capture can be a cell used by a closure.
def closure_capture(v):
    match v:
        case (kind, payload):
            return lambda: f"{kind}:{payload}"

print(closure_capture(("msg", "hi"))())

# The subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return [1, 2, 3]

match subject():
    case [9]:
        pass
    case [1, 2]:
        pass
    case [1, *rest]:
        print("rest", rest, "calls", len(calls))

# match in a loop, with break and continue inside cases.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)
print("loop done, item =", item)

# match and case remain usable as names.
match = 1
case = 2
print(match, case)
match, case = case, match
print(match, case)
def match(x):
    return x * 2
print(match(21))
