# gc.get_count: allocations of tracked containers raise the young count, their deallocation
# lowers it, and collections reset the counts they cover.
import gc

gc.disable()
gc.collect()
print("after full collect:", gc.get_count())
c0 = gc.get_count()[0]
keep = [[], [], [], [], [], [], [], [], [], []]
print("ten lists and the outer list:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
keep2 = [{}, {}, {}, {}, {}]
print("five dicts and a list:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
keep3 = [1, 2, 3], (4, 5), "str", 7
print("atomic objects are not counted:", gc.get_count()[0] - c0)
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(0)
gc.collect(0)
print("two young collections:", gc.get_count())
gc.collect()
print("after collect():", gc.get_count())


class C:
    pass


gc.collect()
c0 = gc.get_count()[0]
objs = [C(), C(), C(), C(), C(), C(), C()]
print("seven instances and a list:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
objs.pop()
objs.pop()
print("two instances freed:", gc.get_count()[0] - c0)
gc.collect()
print(gc.get_count())
gc.set_threshold(5)
gc.enable()
junk = [[] for _ in range(3)]
print("under threshold:", gc.get_count()[0] <= 5)
junk = [[] for _ in range(50)]
print("automatic collection kept the count small:", gc.get_count()[0] <= 6)
gc.disable()
gc.set_threshold(700, 10, 10)
print("end")
