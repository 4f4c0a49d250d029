# set/frozenset subclasses and __init__: re-initialising, frozenset construction shortcuts,
# the result types of operators and methods, and __hash__/__eq__ of subclasses.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
s.__init__([7])
print(s)
s.__init__()
print(s)
show(lambda: s.__init__(5))
show(lambda: s.__init__([1], [2]))
f = frozenset([1, 2])
f.__init__([9])
print(f)
class S(set):
    def __init__(self, *a):
        print("S.__init__", a)
        super().__init__(*a)
x = S("ab")
print(sorted(x), type(x | {1}).__name__, type(x.copy()).__name__, type(x - set()).__name__)
print(type(x.union()).__name__, type(x.intersection([1])).__name__, type(x.symmetric_difference([1])).__name__)
y = S("a")
y |= {"z"}
print(type(y).__name__, sorted(y))
class F(frozenset):
    def __new__(cls, *a):
        print("F.__new__", a)
        return super().__new__(cls, *a)
fz = F([1, 2])
print(fz, type(fz | {3}).__name__, type(fz.copy()).__name__, fz.copy() is fz, hash(fz) == hash(frozenset([1, 2])))
print(F() == frozenset(), frozenset() is frozenset(), frozenset([]) is frozenset(), frozenset(fz) is fz)
print({fz: 1}[frozenset([1, 2])], fz in {frozenset([2, 1])})
class H(set):
    def __hash__(self): return 5
h = H([1])
print(hash(h), {h: "ok"}[h], h == {1})
class E(frozenset):
    def __eq__(self, o): return True
    __hash__ = frozenset.__hash__
print(E([1]) == frozenset([2]), frozenset([2]) == E([1]), E([1]) != frozenset([2]))
# operators with one subclass operand use reflected methods first
class Loud(set):
    def __or__(self, o):
        return "Loud.__or__"
    def __ror__(self, o):
        return "Loud.__ror__"
print({1} | Loud(), Loud() | {1}, frozenset() | Loud())
class Cmp(set):
    def __lt__(self, o): return "Cmp.__lt__"
    def __gt__(self, o): return "Cmp.__gt__"
print({1} < Cmp(), Cmp() < {1}, {1} > Cmp())
# set methods accept subclasses and dict views
print({1, 2} & {2: 0}.keys(), {1, 2}.union({3: 4}), {1}.issubset({1: 0}), set({"a": 1}.items()))
print({1, 2} == {1: 0, 2: 0}.keys(), {1: 0, 2: 0}.keys() == {1, 2}, {("a", 1)} == {"a": 1}.items())
# iteration order for strings follows the seeded hash
print({"apple", "banana", "cherry", "date"}, frozenset("hello"))
print(sorted({"apple", "banana"} ^ {"banana", "kiwi"}))
