# gc.is_finalized is true once an object's __del__ has run, and stays true.
import gc

gc.disable()
gc.collect()
survivors = []


class Saver:
    def __del__(self):
        print("  __del__ ran")
        survivors.append(self)


class Plain:
    pass


s = Saver()
print("before:", gc.is_finalized(s))
del s
print("after refcount death:", gc.is_finalized(survivors[0]))
s = survivors.pop()
print("still finalized:", gc.is_finalized(s))

c = Saver()
c.me = c
del c
gc.collect()
print("after cycle collection:", gc.is_finalized(survivors[0]))
survivors.clear()

p = Plain()
p.me = p
print("plain instance:", gc.is_finalized(p))
print("builtins:", gc.is_finalized([]), gc.is_finalized(1), gc.is_finalized("x"), gc.is_finalized(None))
s2 = Saver()
s2.__del__()
print("calling __del__ by hand does not mark it:", gc.is_finalized(s2))
survivors.clear()
del s2
print("real death ran it again:", gc.is_finalized(survivors[0]))
survivors.clear()
try:
    gc.is_finalized()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.is_finalized(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("end")
