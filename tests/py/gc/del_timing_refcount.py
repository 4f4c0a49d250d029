# Without cycles, __del__ runs at the exact moment the last reference goes away.
import gc

gc.disable()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("del statement")
a = Noisy("a")
del a
print("rebinding")
b = Noisy("b1")
b = Noisy("b2")
print("after rebinding")
print("expression result discarded")
Noisy("temp")
print("function return drops locals")


def f():
    x = Noisy("local")
    print("  in f")
    return 1


f()
print("return value kept until dropped")


def g():
    return Noisy("returned")


r = g()
print("  got it")
r = None
print("list items in reverse order on dealloc")
lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del lst
print("list.clear")
lst = [Noisy("c0"), Noisy("c1")]
lst.clear()
print("tuple items on dealloc")
tup = (Noisy("t0"), Noisy("t1"), Noisy("t2"))
del tup
print("dict values in insertion order")
d = {"x": Noisy("d0"), "y": Noisy("d1"), "z": Noisy("d2")}
del d
print("dict.pop")
d = {"k": Noisy("popped")}
d.pop("k")
print("after pop")
print("slice deletion")
lst = [Noisy("s0"), Noisy("s1"), Noisy("s2"), Noisy("s3")]
del lst[1:3]
print("after slice del")
lst = None
print("attribute overwrite")
holder = Noisy("holder")
holder.child = Noisy("child1")
holder.child = Noisy("child2")
del holder
print("chain: parent then children")
root = Noisy("root")
root.kid = Noisy("kid")
root.kid.kid = Noisy("grandkid")
del root
print("for loop variable rebinding")
for i in range(3):
    item = Noisy("loop%d" % i)
print("loop done")
del item
print("exception variable cleared after except")
try:
    raise ValueError(Noisy("in-exception"))
except ValueError as e:
    print("  handling")
print("after except")
print("module global dropped")
del b
print("end")
