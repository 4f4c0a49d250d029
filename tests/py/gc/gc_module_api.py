# The gc module's interface: thresholds, enabling, counts, tracking, referents, referrers,
# callbacks, statistics, freezing, and its argument errors.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(600, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for bad in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError:", e)
for gen in (3, -1):
    try:
        gc.collect(gen)
    except ValueError as e:
        print("ValueError:", e)
for gen in (3, -2):
    try:
        gc.get_objects(gen)
    except ValueError as e:
        print("ValueError:", e)
print(len(gc.get_count()), type(gc.get_count()[0]).__name__)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((len("ab"), 2)))
x = [1, 2]
y = {"k": x, 3: "v"}
print(gc.get_referents(x), sorted(map(repr, gc.get_referents(y))))
print(gc.get_referents(1, "abc"))
print(y in gc.get_referrers(x), x in gc.get_referrers(y))
holder = [x]
print(holder in gc.get_referrers(x))

gc.collect()
log = []


def callback(phase, info):
    log.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(callback)
gc.collect(1)
gc.callbacks.remove(callback)
print(log)
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats][0])
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL,
      gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.garbage)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
