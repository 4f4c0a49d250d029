# Weak references to members of garbage cycles are cleared, and their callbacks run, by
# gc.collect(), before the members' __del__ methods run.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(("del", self.name, wa() is None, wb() is None))


a = Node("a")
b = Node("b")
a.other = b
b.other = a
wa = weakref.ref(a, lambda r: log.append(("cb a", r() is None)))
wb = weakref.ref(b, lambda r: log.append(("cb b", r() is None)))
del a, b
print(wa() is not None, wb() is not None)
gc.collect()
print(sorted(log))
print(wa(), wb())

# Cycle without __del__: callbacks still run.
log2 = []


class Plain:
    pass


p = Plain()
p.me = p
wp = weakref.ref(p, lambda r: log2.append("plain gone"))
del p
print(wp() is not None)
n = gc.collect()
print(log2, wp(), n > 0)

# A list of objects in one big cycle.
items = [Plain() for _ in range(10)]
for i, it in enumerate(items):
    it.next = items[(i + 1) % 10]
refs = [weakref.ref(it, lambda r: log2.append("x")) for it in items]
del items, it
gc.collect()
print(len(log2), [r() for r in refs].count(None))

# Weakref itself inside the cycle: its callback is not called if the ref dies too.
log3 = []
q = Plain()
q.self = q
q.wr = weakref.ref(q, lambda r: log3.append("q"))
del q
gc.collect()
print(log3)
