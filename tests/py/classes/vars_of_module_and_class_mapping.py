# vars() with no argument inside a function and class body, and the class mappingproxy.
def f(a, b=2):
    c = a + b
    return sorted(vars().items())


print(f(1))


class K:
    x = 1
    snapshot = sorted([k for k in vars() if not k.startswith("__")])


print(K.snapshot)
mp = vars(K)
print(type(mp).__name__)
try:
    mp["y"] = 2
except TypeError as e:
    print("TypeError:", e)
K.y = 5
print(mp["y"])
import sys
print(vars(sys.modules[__name__]) is globals())
