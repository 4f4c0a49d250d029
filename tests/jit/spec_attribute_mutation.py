# Instance attributes and methods read natively behind type-version guards: adding an attribute,
# deleting one, mutating the class (a new method, a property shadowing a value) and a subclass
# instance all deoptimize or take the generic path, with CPython's results and errors.
# expect-stat: deopts \(type or keys version\) at
# expect-stat: functions compiled: [1-9]

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

def sweep(points):
    s = 0.0
    for p in points:
        s += p.x + p.norm2()
    return s

pts = [Point(float(i), 1.0) for i in range(20)]
for _ in range(30):
    sweep(pts)
print(sweep(pts))
pts[3].z = 5
print(sweep(pts))
Point.norm2 = lambda self: -1.0
print(sweep(pts))

class Sub(Point):
    pass

print(sweep(pts + [Sub(2.0, 3.0)]))
del pts[4].x
try:
    sweep(pts)
except AttributeError as e:
    print(type(e).__name__, e)
Point.x = property(lambda self: 10.0)
print(sweep(pts[:3]))
