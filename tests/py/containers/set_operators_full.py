# set/frozenset operators: | & - ^ (sets only), in-place forms, comparisons (subset and
# superset), hashing of frozensets, repr of subclasses and recursion.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2, 3}, {3, 4}
fa = frozenset(a)
print(a | b, a & b, a - b, a ^ b, b - a)
print(fa | b, fa & b, fa - b, fa ^ b, b | fa, b & fa, type(b | fa).__name__, type(fa | b).__name__)
for op in ("|", "&", "-", "^"):
    show(lambda: eval("a " + op + " [1]"))
    show(lambda: eval("[1] " + op + " a"))
    show(lambda: eval("fa " + op + " (1,)"))
show(lambda: a + b)
show(lambda: a * 2)
show(lambda: a < [1])
show(lambda: a <= (1,))
show(lambda: a > "a")
show(lambda: a >= None)
print(a == [1, 2, 3], a != (1, 2, 3), a == fa, fa == a, {1} == {1.0}, set() == frozenset())
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1}, {1, 3} < {1, 2, 4}, {1, 3} > {1, 2})
print(fa < a | {9}, frozenset() < a, a > frozenset(), fa >= fa)
print(a.__or__([1]), a.__lt__([1]), a.__eq__(5), fa.__and__(5))
# in-place operators mutate sets, rebind frozensets
c = set(a)
alias = c
c |= {9}
c &= {1, 2, 9}
c -= {1}
c ^= {2, 7}
print(c, alias is c)
f = frozenset([1])
fid = f
f |= {2}
print(f, type(f).__name__, fid, f is fid)
def ior_list():
    x = {1}
    x |= [2]
show(ior_list)
def iand_list():
    x = {1}
    x &= [2]
show(iand_list)
def isub_tuple():
    x = {1}
    x -= (2,)
show(isub_tuple)
def ixor_str():
    x = {1}
    x ^= "a"
show(ixor_str)
d = {1, 2, 3}
d -= d
print(d)
d = {1, 2, 3}
d ^= d
print(d)
d = {1, 2}
d |= d
d &= d
print(d)
# frozenset hashes equal CPython's
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(["a", "b"])))
print(hash(frozenset(range(100))), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), 2])))
print(hash(frozenset([-1, -2])), hash(frozenset([1.5, 2 ** 70])), hash(frozenset([True])) == hash(frozenset([1])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset("abc")) == hash(frozenset("cba")))
show(lambda: hash({1}))
show(lambda: hash(frozenset([1, [2]])))
# sets of frozensets
sf = {frozenset([1]), frozenset([1]), frozenset([2, 3]), frozenset()}
print(len(sf), frozenset() in sf, {2, 3} in sf, frozenset([3, 2]) in sf)
print(frozenset([frozenset([1, 2]), frozenset([3])]))
# repr
print(set(), frozenset(), {1}, frozenset({1}), {(1, 2)}, {"a"}, {None})
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), repr(S("a")))
class Node:
    def __init__(self): self.s = set()
    def __repr__(self): return "Node(" + repr(self.s) + ")"
    def __hash__(self): return 1
n = Node()
n.s.add(n)
print(n, n.s)
class BadRepr:
    def __repr__(self): raise ValueError("bad")
show(lambda: repr({BadRepr()}))
# mixed-type elements, numeric equality
mix = {1, 1.0, True, 2, 2.0, "2", (2,)}
print(len(mix), 1 in mix, 2.0 in mix, "2" in mix, (2,) in mix, False in mix)
print({0, False, 0.0, -0.0}, {-1, -2, 2 ** 61 - 1, 2 ** 61}, {float("inf"), -float("inf")})
# iteration order of small ints follows CPython
print({5, 3, 9, 1, 100, 64, 33, 17}, set(range(20, 0, -3)), {-5, -1, 0, 7})
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
print(len(big), sum(big), min(big), max(big), list(big)[:5])
# len, bool, membership with unhashable
print(len(a), bool(set()), bool({0}))
show(lambda: [] in a)
show(lambda: {} in fa)
print({1} in [{1}], set() in [frozenset()])
# iteration mutation error
def add_during():
    x = {1, 2}
    for i in x:
        x.add(i + 10)
show(add_during)
def discard_then_add():
    x = {1, 2}
    for i in x:
        x.discard(i)
        x.add(i + 100)
show(discard_then_add)
