# repr and str of container subclasses, recursion markers through subclasses and mixed
# nesting, and reprs that raise or return non-strings.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class L(list): pass
class T(tuple): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
print(L([1, L([2])]), T((1, T())), D(a=D()), S([1]), F([2]), S(), F())
print(repr(L()), str(T((1,))), repr(D()), [S(), F()], {1: S([3])})
l = L()
l.append(l)
print(l)
d = D()
d["self"] = d
d["list"] = [d]
print(d)
s = S()
class Holder:
    def __init__(self, c): self.c = c
    def __repr__(self): return "Holder(" + repr(self.c) + ")"
    def __hash__(self): return 0
s.add(Holder(s))
print(s)
mix = [1, (2, [3, {4: {5}}])]
mix[1][1].append(mix)
print(mix)
t = ([],)
t[0].append(t)
print(t, str(t))
# a container that is reached twice (not recursive) prints fully both times
shared = [1]
print([shared, shared], {"a": shared, "b": shared}, (shared, [shared]))
# overridden __repr__ is used for items; __str__ is not
class StrOnly:
    def __str__(self): return "STR"
class ReprOnly:
    def __repr__(self): return "REPR"
print([StrOnly()] == [] or [ReprOnly(), ReprOnly()], (ReprOnly(),), {ReprOnly(): ReprOnly()}, {ReprOnly()})
print(str([ReprOnly()]), f"{[ReprOnly()]}", format((ReprOnly(),)))
class Raise:
    def __repr__(self): raise KeyError("inner")
    def __hash__(self): return 1
for c in ([Raise()], (Raise(),), {1: Raise()}, {Raise(): 1}, {Raise()}, frozenset([Raise()]), L([Raise()]), D(x=Raise())):
    show(lambda: repr(c))
class NotStr:
    def __repr__(self): return 42
show(lambda: repr([NotStr()]))
show(lambda: repr((NotStr(),)))
show(lambda: repr({NotStr: NotStr()}))
# after an error the recursion guard is released: the container prints normally again
r = [1]
r.append(r)
bad = [r, Raise()]
show(lambda: repr(bad))
print(r)
# subclass overriding __repr__ and containing itself
class Named(list):
    def __repr__(self): return "Named" + list.__repr__(self)
n = Named([1])
n.append(n)
print(n, [n])
# empty containers and their str
print(str([]), str(()), str({}), str(set()), str(frozenset()), str({}.keys()), str(range(0)))
