# Containers mutated by user code in the middle of their own operations (__eq__, __hash__,
# __lt__, key functions): CPython raises or copes, and Krait must never crash.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class ClearOnEq:
    def __init__(self, target): self.target = target
    def __repr__(self): return "ClearOnEq"
    def __eq__(self, o):
        self.target.clear()
        return False
    __hash__ = object.__hash__
l = [1, 2, 3, 4]
show(lambda: l.index(ClearOnEq(l)))
l = [1, 2, 3, 4]
show(lambda: l.count(ClearOnEq(l)))
l = [1, 2, 3, 4]
show(lambda: ClearOnEq(l) in l)
l = [1, 2, 3, 4]
show(lambda: l.remove(ClearOnEq(l)))
l = [1, 2, 3]
m = [ClearOnEq(l), 2, 3]
show(lambda: l == m)
l = [ClearOnEq(None), 1]
l[0].target = l
show(lambda: l == [5, 1])
show(lambda: l)
# list comparison where __lt__ shrinks the other list
class Shrink:
    def __init__(self, t): self.t = t
    def __repr__(self): return "Shrink"
    def __eq__(self, o):
        del self.t[:]
        return False
    def __lt__(self, o):
        return True
    __hash__ = object.__hash__
a = [1, 2]
b = [Shrink(a), 2]
show(lambda: b < a)
show(lambda: (a, b))
# extend/insert/setslice from an iterator that mutates the list
l = [1, 2, 3]
def gen_like():
    l.append(99)
    return iter([7, 8])
class Mut:
    def __iter__(self): return gen_like()
l.extend(Mut())
print(l)
l = [1, 2, 3]
l[1:2] = Mut()
print(l)
# dict: __eq__ that mutates the dict during lookup
class DictMut:
    def __init__(self, d): self.d = d
    def __repr__(self): return "DictMut"
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
d = {}
k1 = DictMut(d)
d[k1] = "one"
show(lambda: d[DictMut(d)])
print(d)
d = {}
k1 = DictMut(d)
d[k1] = "one"
d[DictMut(d)] = "two"
print(len(d))
# dict __eq__ with values mutating the other dict
class ValMut:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.clear()
        return True
d1 = {"a": 1, "b": 2}
d2 = {"a": ValMut(d1), "b": 2}
show(lambda: d2 == d1)
show(lambda: d1 == d2)
# set: __eq__ mutating the set during lookup and set operations
class SetMut:
    def __init__(self, s): self.s = s
    def __hash__(self): return 7
    def __eq__(self, o):
        self.s.clear()
        return False
s = set()
s.add(SetMut(s))
show(lambda: SetMut(s) in s)
print(len(s))
s = set()
s.add(SetMut(s))
s.add(SetMut(s))
print(len(s))
s = {SetMut(None)}
next(iter(s)).s = s
show(lambda: s & {SetMut(None)})
show(lambda: s == {1})
# sort whose key mutates the list, and comparisons that append
l = list(range(10))
show(lambda: l.sort(key=lambda x: l.append(x) or -x))
print(l)
class AppendLt:
    def __init__(self, v, l): self.v, self.l = v, l
    def __lt__(self, o):
        self.l.append(0)
        return self.v < o.v
    def __repr__(self): return str(self.v)
l = []
l.extend([AppendLt(i, l) for i in (3, 1, 2)])
show(lambda: l.sort())
print(l)
# hash of tuple/frozenset whose element hash mutates nothing but raises midway
class Boom:
    def __hash__(self): raise RuntimeError("no hash")
show(lambda: hash((1, Boom())))
show(lambda: frozenset([1, Boom()]))
show(lambda: {1: Boom()} == {1: Boom()})
# repr that mutates the container
class ReprMut:
    def __init__(self, c): self.c = c
    def __repr__(self):
        self.c.clear()
        return "RM"
l = [1, 2]
l.append(ReprMut(l))
l.append(3)
show(lambda: repr(l))
d = {}
d[1] = ReprMut(d)
d[2] = 2
show(lambda: repr(d))
s_list = []
class SetReprMut:
    def __repr__(self):
        st.clear()
        return "SRM"
st = {SetReprMut(), 1, 2}
show(lambda: len(repr(st)) > 0)
