# gc.callbacks are called with "start" and "stop" around each collection, with the generation
# and, at stop, the numbers collected and uncollectable.
import gc

gc.disable()
gc.collect()
log = []


def cb(phase, info):
    log.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
gc.collect()
print(log)
log.clear()


class C:
    pass


c = C()
c.me = c
del c
gc.collect(0)
print(log)
log.clear()
for gen in (1, 2):
    gc.collect(gen)
print([(p, dict(i)["generation"]) for p, i in log])
log.clear()


def second(phase, info):
    log.append(("second", phase))


gc.callbacks.append(second)
gc.collect()
print([entry[0] for entry in log])
log.clear()
gc.callbacks.remove(second)


class Failing:
    """A callback that fails, with a fixed repr for the "Exception ignored in" report."""

    def __repr__(self):
        return "<failing callback>"

    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)


failing = Failing()
gc.callbacks.insert(0, failing)
print("collect still works:", gc.collect() >= 0)
print("later callbacks still ran:", [p for p, _ in log])
gc.callbacks.remove(failing)
log.clear()


def collecting(phase, info):
    log.append(("nested", phase))


gc.callbacks.append(collecting)
gc.collect()
print(log)
gc.callbacks.clear()
log.clear()
gc.collect()
print("no callbacks:", log, gc.callbacks)
