# Changing a class attribute, a base's attribute or the bases is seen at once, even by code
# that has looked the attribute up many times before.
class Base:
    def greet(self):
        return "base"

    label = "v1"


class Child(Base):
    pass


c = Child()
seen = []
for i in range(6):
    seen.append((c.greet(), c.label, Child.label))
    if i == 1:
        Base.greet = lambda self: "patched base"
    if i == 2:
        Base.label = "v2"
    if i == 3:
        Child.greet = lambda self: "child override"
    if i == 4:
        del Child.greet
print(seen)


class Other:
    def greet(self):
        return "other"

    label = "other label"


results = []
for i in range(4):
    results.append((c.greet(), c.label))
    if i == 1:
        Child.__bases__ = (Other,)
print(results)
c.label = "instance"
print(c.label, Child.label)
del c.label
print(c.label)


class Counter:
    def value(self):
        return 1


total = 0
for i in range(100):
    total += Counter().value()
    if i == 49:
        Counter.value = lambda self: 10
print(total)
