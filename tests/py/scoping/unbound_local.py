# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())

def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)

def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print(e)
print(isinstance(UnboundLocalError(), NameError))

def loop_var_unbound():
    for i in []:
        pass
    return i
try:
    loop_var_unbound()
except NameError as e:
    print(type(e).__name__, e)
