# Instance attributes shadow class attributes; deleting reveals the class value again.
class Counter:
    count = 0
    shared = []

    def bump(self):
        self.count += 1
        self.shared.append(self.count)


a, b = Counter(), Counter()
a.bump()
a.bump()
b.bump()
print(a.count, b.count, Counter.count)
print(Counter.shared, a.shared is b.shared)
print("count" in vars(a), "shared" in vars(a))
del a.count
print(a.count)
Counter.count = 100
print(a.count, b.count)
a.bump = lambda: "instance function"
print(a.bump())
print(b.bump(), b.count)
del a.bump
a.bump()
print(a.count)
try:
    del a.count
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
