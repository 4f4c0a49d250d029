# list operators: + * += *= comparisons, membership, repr recursion, bool, len and errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -1, [] * 5, a * True)
show(lambda: a + (3,))
show(lambda: a + "x")
show(lambda: a + None)
show(lambda: a * 1.5)
show(lambda: a * "x")
show(lambda: a * [1])
show(lambda: "x" * a)
show(lambda: a * (10 ** 30))
show(lambda: [1] * (2 ** 62))
show(lambda: a - a)
show(lambda: -a)
b = a
b += (3, 4)
print(a, b is a)
b += "xy"
b += range(2)
b += {9: 0}
print(a)
c = [1]
c *= 3
print(c)
c *= 0
print(c)
d = [1, 2]
e = d
e *= -3
print(d, e is d)
def iadd_int():
    x = [1]
    x += 5
    return x
show(iadd_int)
def imul_float():
    x = [1]
    x *= 2.0
    return x
show(imul_float)

# comparisons
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], [1] >= [1, 0])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, 2] != [1, 2.0], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [1, nan] < [1, 2])
show(lambda: [1] < (1,))
show(lambda: [1] < "x")
show(lambda: [1, "a"] < [1, 2])
print([1, "a"] == [1, 2], [1, "a"] != [1, 2])
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return True
print([Eq()] == [1], [1] == [Eq()])
class NoBool:
    def __eq__(self, o): return self
    def __bool__(self): raise RuntimeError("no bool")
show(lambda: [NoBool()] == [1])
show(lambda: [NoBool()] < [1])

# membership and identity
x = object()
print(x in [x], 1 in [1.0], 2 in [1], [] in [[]], (1,) in [[1]])

# repr recursion
r = [1, 2]
r.append(r)
print(r, repr(r), str(r))
s = [r, [r]]
print(s)
t = [[], []]
t[0].append(t[1])
t[1].append(t[0])
print(t)
d = {"k": []}
d["k"].append(d)
print(d)
print(repr([]), repr([[]]), repr(["a", 'b"', "c'"]), repr([1.0, None, True, ...]))
class R:
    def __repr__(self): return "R!"
print([R(), [R()]])
class BadRepr:
    def __repr__(self): raise ValueError("bad repr")
show(lambda: repr([1, BadRepr()]))
class NotStr:
    def __repr__(self): return 5
show(lambda: repr([NotStr()]))
# len and bool
print(len([]), len([0] * 7), bool([]), bool([0]), not [])
# list() from various iterables
print(list(), list("ab"), list((1,)), list({1: 2}), list(range(3)), list(x for x in [5]) if False else list(map(abs, [-1])))
l = [1, 2, 3]
print(list(l) is l, list(l) == l)
# __iadd__ / __imul__ / __add__ called directly
z = [1]
print(z.__iadd__([2]) is z, z.__imul__(2) is z, z)
show(lambda: z.__add__((1,)))
print(z.__add__([0]), z.__rmul__(2), z.__eq__(5), z.__lt__(()), z.__mul__(2))
show(lambda: z.__mul__("x"))
show(lambda: z.__add__(1))
