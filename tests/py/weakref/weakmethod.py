# WeakMethod: bound methods, equality, callbacks, dying instance or function.
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def other(self):
        return -self.n


a = A(5)
wm = weakref.WeakMethod(a.get)
print(wm()(), wm() == a.get, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(a.get), wm != weakref.WeakMethod(a.other))
print(wm == weakref.ref(a))
print(hash(wm) == hash(weakref.WeakMethod(a.get)))
try:
    weakref.WeakMethod(A.get)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(1)
except TypeError as e:
    print("TypeError:", e)
log = []
wm2 = weakref.WeakMethod(a.get, lambda r: log.append(("died", r is wm2, r())))
del a
print(wm(), log)
b = A(1)
wm3 = weakref.WeakMethod(b.get)
e1 = weakref.WeakMethod(b.get)
print(wm3 == e1)
del b
print(wm3 == e1, wm3 == wm3, wm3 != e1)


class B:
    pass


def free(self):
    return "free"


b = B()
B.meth = free
wf = weakref.WeakMethod(b.meth, lambda r: log.append("func died"))
print(wf()())
del B.meth
del free
print(wf(), log[-1:])
c = A(3)
try:
    wm4 = weakref.WeakMethod(c.get)
    wm4.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(wm3).__name__, issubclass(weakref.WeakMethod, weakref.ref))
