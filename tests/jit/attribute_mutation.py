# Attribute loads in compiled loops see classes mutated and attributes added or deleted while
# the loop runs.
# expect-stat: functions compiled: [1-9]

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def collect(objs):
    out = []
    for i, o in enumerate(objs):
        if i == 3:
            P.get = lambda self: -self.x
        if i == 5:
            o.x = 100
        out.append(o.get())
    return out

objs = [P(i) for i in range(8)]
print(collect(objs))
del P.get
try:
    collect([P(1)])
except AttributeError as e:
    print(type(e).__name__, e)
P.get = lambda self: self.x * 2
print(collect([P(2)]))
