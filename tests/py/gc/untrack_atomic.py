# Tuples and dicts holding only atomic objects cannot be part of a cycle: CPython 3.11 stops
# tracking tuples at any collection that sees them and dicts at full collections, and tracks
# them again when something that can hold references goes in (dicts) — gc.is_tracked shows it,
# and cycles through re-tracked containers are still found.
import gc

gc.disable()  # only the explicit collections below, in every mode


class Node:
    pass


def show(label, *objs):
    print(label, [gc.is_tracked(o) for o in objs])


one = 1  # tuples built at run time (constant tuples may meet a collection while compiling)
atoms = (one, 2.5, "s", b"b", None, True, 3j, range(3), frozenset({1, 2}), ())
nested = ((one, 2), ("a", ("b", one)))
mixed = (1, [2])
inner = (one, 2)
holder = (inner, {})
partial_t = (one, (2, (3, Node())))
show("tuples before", atoms, nested, mixed, holder, partial_t)
gc.collect(0)
show("tuples after gen 0", atoms, nested, mixed, holder, partial_t, inner)

d_atomic = {"a": 1, 2: "b", (1, 2): 3.0}
d_was = {"a": []}
d_was["a"] = 1
d_tuple = {"k": (1, 2)}
d_obj = {"k": Node()}
show("dicts before", d_atomic, d_was, d_tuple, d_obj)
gc.collect(1)
show("dicts after gen 1", d_atomic, d_was, d_tuple, d_obj)
gc.collect()
show("dicts after full", d_atomic, d_was, d_tuple, d_obj)

# re-tracking: a container goes into an untracked dict
d_was["list"] = []
show("dict re-tracked", d_was)

# a cycle through a dict that was untracked and re-tracked is still collected
d = {"x": 1}
gc.collect()
show("before cycle", d)
n = Node()
n.d = d
d["n"] = n
show("cycle members", d, n)
del d, n
print("collected", gc.collect() >= 2)

# tuples being built with atomic items stay correct through a collection in between
many = [tuple(range(i, i + 3)) for i in range(1000)]
gc.collect()
print("many", sum(gc.is_tracked(t) for t in many), sum(sum(t) for t in many))
lists = [(i, [i]) for i in range(100)]
gc.collect()
print("with lists", sum(gc.is_tracked(t) for t in lists))

# an untracked tuple inside another tuple lets the outer one go too
outer = ((1, 2), (3, (4, 5)))
gc.collect()
show("outer", outer, outer[0], outer[1], outer[1][1])
# a dict holding an untracked tuple stays untracked after a full collection
dt = {"t": outer}
gc.collect()
show("dict of untracked tuple", dt)
