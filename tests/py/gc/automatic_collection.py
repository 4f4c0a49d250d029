# Cycles made in a loop are collected automatically as allocations pass the thresholds:
# memory stays bounded and finalizers run without any gc.collect() call.
import gc

deleted = 0


class Cell:
    __slots__ = ("peer",)

    def __init__(self):
        self.peer = self

    def __del__(self):
        global deleted
        deleted += 1


for i in range(20000):
    Cell()
print("finalized automatically:", deleted > 15000)
print("tracked objects stay bounded:", len(gc.get_objects()) < 20000)
gc.collect()
print("all finalized:", deleted)
stats = gc.get_stats()
print("young collections happened:", stats[0]["collections"] > 10)
