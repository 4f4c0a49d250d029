# Global and builtin caches (LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN) must notice rebinding,
# deleting and shadowing of globals and mutation of builtins. Code runs in functions, where
# LOAD_GLOBAL is used, and loops long enough (> 8 executions) to specialize first.
import builtins

factor = 2


def scaled(n, change_at):
    global factor
    out = []
    for i in range(n):
        if i == change_at:
            factor = 3
        out.append(i * factor)
    return out


print(scaled(200, 150)[148:152])
factor = 2

# Rebinding a global from outside the function between calls.
def get_factor():
    return factor


vals = []
for i in range(100):
    if i == 50:
        factor = "new"
    vals.append(get_factor())
print(vals[49:51])

# Deleting a global: the lookup falls through to builtins, then NameError.
len = lambda x: "global len"


def use_len():
    out = []
    for i in range(150):
        if i == 100:
            del globals()["len"]
        out.append(len("abc"))
    return out


r = use_len()
print(r[99], r[100])


def missing():
    try:
        return undefined_name
    except NameError as e:
        return str(e)


print([missing() for _ in range(20)][-1])
undefined_name = "defined now"
print(missing())
del undefined_name
print(missing())

# Mutating builtins: builtins.len replaced mid-loop, then restored; a global shadowing a
# builtin added mid-loop.
real_len = builtins.len


def lens():
    out = []
    for i in range(300):
        if i == 100:
            builtins.len = lambda x: -1
        if i == 150:
            builtins.len = real_len
        if i == 200:
            globals()["len"] = lambda x: "shadow"
        out.append(len([1, 2]))
    return out


r = lens()
print(r[99:101], r[149:151], r[199:201])
del globals()["len"]
print(len("four"))

# Adding a builtin that a global was missing, and deleting one.
def probe():
    try:
        return brand_new_builtin
    except NameError as e:
        return type(e).__name__


out = []
for i in range(100):
    if i == 50:
        builtins.brand_new_builtin = "from builtins"
    out.append(probe())
print(out[49:51])
del builtins.brand_new_builtin
print(probe())

# Many globals added after the site specialized (the globals dict grows and is resized).
def read_g():
    return g0


g0 = "first"
seen = []
for i in range(100):
    if i == 30:
        for k in range(100):
            globals()[f"filler{k}"] = k
    if i == 60:
        g0 = "second"
    seen.append(read_g())
print(seen[29:31], seen[59:61])

# Functions executed with different globals dicts share one code object.
code = compile("def f():\n    return value\n", "<src>", "exec")
ns1 = {"value": 1}
ns2 = {"value": 2}
exec(code, ns1)
exec(code, ns2)
f2 = ns2["f"]
print(ns1["f"].__code__ is f2.__code__)
print([ns1["f"]() for _ in range(20)][-1], [f2() for _ in range(20)][-1], ns1["f"]())
del ns2["value"]
try:
    f2()
except NameError as e:
    print(type(e).__name__, e)
