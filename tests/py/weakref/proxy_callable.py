# Callable proxies, proxy types, and callbacks on proxies.
import weakref


def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))


class C:
    def __call__(self, *a):
        return ("called", a)


class N:
    pass


pf = weakref.proxy(f)
print(pf(1), pf(1, 3, 4, x=5), type(pf) is weakref.CallableProxyType, callable(pf))
c = C()
pc = weakref.proxy(c)
print(pc(1, 2), type(pc).__name__)
n = N()
pn = weakref.proxy(n)
print(type(pn) is weakref.ProxyType, callable(pn), type(pn).__name__)
try:
    pn()
except TypeError as e:
    print("TypeError:", e)
print(pf.__name__, weakref.proxy(f) is pf, weakref.proxy(f, lambda p: None) is pf)
log = []
c2 = C()
p1 = weakref.proxy(c2, lambda p: log.append(("p1", type(p).__name__)))
p2 = weakref.proxy(c2, lambda p: log.append(("p2", type(p).__name__)))
del c2
print(log)
try:
    p1()
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(n, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class P(weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ProxyType(n)
except TypeError as e:
    print("TypeError:", e)
pp = weakref.proxy(n)
try:
    weakref.ref(pp)
except TypeError as e:
    print("TypeError:", e)
