# Large and deep garbage: long chains, deep nesting and wide cycles are collected without
# running out of stack, and the counts come out exact.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    __slots__ = ("next", "__weakref__")


head = Node()
node = head
for _ in range(20000):
    node.next = Node()
    node = node.next
node.next = head
tail_ref = weakref.ref(node)
del node, head
print("ring of 20001 alive:", tail_ref() is not None)
print("collected:", gc.collect())
print("ring alive after:", tail_ref() is not None)

outer = []
cur = outer
for _ in range(50000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(outer)
del cur, nxt
del outer
print("nested lists collected:", gc.collect())

d = {}
cur = d
for i in range(2000):
    cur["child"] = {"i": i}
    cur = cur["child"]
cur["root"] = d
del d, cur
print("nested dicts collected:", gc.collect())

hub = []
for i in range(3000):
    hub.append([hub, i])
del hub
print("star of lists collected:", gc.collect())

deep = []
for _ in range(100000):
    deep = [deep]
print("deep acyclic list: nothing to collect:", gc.collect())
del deep
print("freed by refcount, nothing to collect:", gc.collect())

live = [[i] for i in range(1000)]
live.append(live)
print("reachable cycle survives:", gc.collect(), len(live))
live.clear()
print("end")
