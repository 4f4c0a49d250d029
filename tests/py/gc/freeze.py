# gc.freeze moves every tracked object to the permanent generation, which collections ignore
# until gc.unfreeze brings it back into the oldest generation.
import gc
import weakref

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  marker gone:", self.name)


m = Marker("frozen")
m.me = m
wr = weakref.ref(m)
gc.collect(0)
gc.collect(0)
print("counts before freeze:", gc.get_count()[1:])
del m
gc.freeze()
print("frozen count positive:", gc.get_freeze_count() > 0)
print("counts after freeze:", gc.get_count()[1:])
print("collect ignores frozen:", gc.collect(), wr() is not None)
print("frozen objects not in get_objects:", not any(o is wr() for o in gc.get_objects()))
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("back in oldest generation:", any(o is wr() for o in gc.get_objects(2)))
print("collect now frees it")
gc.collect()
print("alive:", wr() is not None)

gc.freeze()
n = Marker("young")
n.me = n
del n
print("new objects are collectable while others are frozen")
gc.collect()
gc.unfreeze()
gc.freeze()
gc.freeze()
print("freezing twice keeps a positive count:", gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
try:
    gc.freeze(1)
except TypeError as e:
    print(type(e).__name__, e)
print("end")
