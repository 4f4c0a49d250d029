# gc.get_referents lists what a container reaches directly; gc.get_referrers finds the tracked
# containers that hold an object.
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name


a = Node("a")
b = Node("b")
lst = [a, b, a]
print("list:", [x.name for x in gc.get_referents(lst)])
tup = (a, "s", 3)
print("tuple:", [getattr(x, "name", x) for x in gc.get_referents(tup)])
d = {"k": a}
print("dict:", sorted(map(str, (getattr(x, "name", x) for x in gc.get_referents(d)))))
print("several at once:", len(gc.get_referents(lst, tup)))
print("atomic:", gc.get_referents(1, "x", 2.5, None))
s = {a, b}
print("set:", sorted(x.name for x in gc.get_referents(s)))
inst_refs = gc.get_referents(a)
print("instance reaches its type:", Node in inst_refs)
print("instance reaches its attrs:", "a" in inst_refs or any(
    isinstance(r, dict) and r.get("name") == "a" for r in inst_refs))


def outer():
    v = [1]

    def inner():
        return v
    return inner


fn = outer()
print("function reaches closure:", fn.__closure__ in gc.get_referents(fn))
print("cell reaches value:", gc.get_referents(fn.__closure__[0]) == [[1]])

target = Node("target")
holder1 = [target]
holder2 = {"t": target}
holder3 = Node("h3")
holder3.ref = target
refs = gc.get_referrers(target)
print("list referrer:", any(r is holder1 for r in refs))
print("dict referrer:", any(r is holder2 for r in refs))
print("instance referrer:", any(r is holder3 or r is getattr(holder3, "__dict__", None)
                                for r in refs))
del holder1
refs = None
print("list gone:", not any(isinstance(r, list) and r == [target]
                            for r in gc.get_referrers(target)))
print("untracked int has no tracked referrers needed:", isinstance(gc.get_referrers(12345), list))
gen = (x for x in [target])
print("generator frame referrer found:", len(gc.get_referrers(target)) >= 1)
print("empty call:", gc.get_referents(), type(gc.get_referrers()).__name__)
