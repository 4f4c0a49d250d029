# list, dict and set subclasses with overridden and inherited methods.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), len(s), s[0], s[-1], s[1:], type(s[1:]).__name__, isinstance(s, list))
print(s + [9], type(s + [9]).__name__, sorted(s, reverse=True), list(reversed(s)), 2 in s, s == [1, 2, 3])
s.sort(key=lambda v: -v)
print(s, s.index(2), s.count(1), Stack("abc"))


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        self[key] = value = self.factory()
        return value


d = DefaultDict(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(d, d.factory, len(d), sorted(d.items()), d.get("zz"), "zz" in d)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict()
ld["KEY"] = 1
print(ld, ld["Key"], ld.get("key"), dict(ld), type(ld.copy()).__name__)


class Tracking(set):
    def add(self, x):
        print("adding", x)
        super().add(x)


t = Tracking([3, 1])
t.add(2)
print(sorted(t), len(t), 1 in t, sorted(t | {9}), type(t | {9}).__name__, t == {1, 2, 3})


class Counted(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.created = True

    def __len__(self):
        return super().__len__() * 10


c = Counted([1, 2])
print(len(c), bool(Counted()), c.created, list(c))
