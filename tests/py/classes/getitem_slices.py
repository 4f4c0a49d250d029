# __getitem__ receives slice objects for slicing syntax.
class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Recorder()
print(r[1], r[1:2], r[::3], r[:], r[1:2, 3], r[..., None], r[-1:])
s = r[2:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(6))
r[1:3] = "xy"
del r[::2]
r[0, 1] = 5


class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]

    def __repr__(self):
        return f"Seq{tuple(self.items)}"


q = Seq(1, 2, 3, 4, 5)
print(q[1:4], q[::-1], q[-2], q[10:], len(q[::2]))
try:
    q[10]
except IndexError as e:
    print("IndexError", e)
