# __class__ assignment while a compiled loop reads an object's attributes and calls its
# methods behind type-version guards: from the assignment on, the loop sees the new class's
# methods, class attributes and properties; assigning an incompatible class fails as in CPython.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(type or keys version\) at total \(line 41\) LOAD_METHOD
# expect-stat: deopts \(type or keys version\) at total \(line 41\) LOAD_ATTR
# jit-threshold: 50

class A:
    kind = "a"

    def __init__(self, x):
        self.x = x

    def weight(self):
        return self.x

class B(A):
    kind = "b"

    def weight(self):
        return self.x * 100

class C:
    kind = "c"

    def __init__(self, x):
        self.x = x

    @property
    def weight(self):
        return lambda: -self.x

def total(objs, switch_at):
    s = 0
    kinds = []
    for i, o in enumerate(objs):
        if i == switch_at:
            for p in objs[i:]:
                p.__class__ = B
        s += o.weight() + o.x
        kinds.append(o.kind)
    return s, "".join(kinds)

objs = [A(i) for i in range(30)]
for _ in range(10):
    total(objs, -1)
print(total(objs, -1))
print(total(objs, 20))
print(total(objs, 0))
for p in objs:
    p.__class__ = C
print(total(objs, -1))
for p in objs:
    p.__class__ = A
print(total(objs, 25))

class Slotted:
    __slots__ = ("x",)

try:
    objs[0].__class__ = Slotted
except TypeError as e:
    print(type(e).__name__, e)
try:
    objs[0].__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(type(objs[0]).__name__, total(objs, -1))
