# gc.DEBUG_SAVEALL keeps collected objects in gc.garbage instead of freeing them; clearing
# gc.garbage lets them go.
import gc
import weakref

gc.disable()
gc.collect()
print("flags:", gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_STATS, gc.DEBUG_LEAK)


class Node:
    def __init__(self, name):
        self.name = name


gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug())
a = Node("a")
a.me = a
wr = weakref.ref(a)
del a
n = gc.collect()
print("collected:", n, "garbage size:", len(gc.garbage))
print("saved, alive:", wr() is not None)
print("saved node found:", any(getattr(g, "name", None) == "a" for g in gc.garbage))
lst = [1]
lst.append(lst)
del lst
gc.collect()
print("self list saved:", any(isinstance(g, list) and g and g[0] == 1 for g in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clear, alive:", wr() is not None)
gc.collect()
print("after collect, alive:", wr() is not None)

b = Node("b")
b.me = b
wr = weakref.ref(b)
del b
gc.collect()
print("no debug: freed:", wr() is None, "garbage:", gc.garbage)
for bad in ("x", None):
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_debug())
