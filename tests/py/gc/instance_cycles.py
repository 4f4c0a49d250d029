# Cycles through the attributes of plain class instances: gc.collect() counts the instances
# (and the containers in the cycle), not their attribute dicts, as CPython 3.11 does; a dict
# that Python code has asked for (obj.__dict__, vars()) becomes an object of its own and
# counts too.
import gc

gc.collect()
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


a, b = Node("a"), Node("b")
a.next, b.next = b, a
del a, b
print("two instances:", gc.collect())

ring = [Node(i) for i in range(5)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 5]
del ring, n
print("ring of five:", gc.collect())

c = Node("c")
c.children = [c, [c]]
del c
print("instance and two lists:", gc.collect())


class Sub(Node):
    pass


s = Sub("s")
s.next = s
del s
print("subclass instance:", gc.collect())

e = Node("e")
e.next = e
print(sorted(vars(e)))
del e
print("after vars():", gc.collect())

f = Node("f")
f.__dict__["next"] = f
del f
print("after __dict__:", gc.collect())

log = []


class Fin:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append("finalized")


Fin()
print("with __del__:", gc.collect(), log)

keep = Node("keep")
keep.next = keep
print("still referenced:", gc.collect(), keep.next is keep)
gc.enable()
