# Implicit special method calls look on the type, not on the instance.
class Box:
    def __len__(self):
        return 1

    def __repr__(self):
        return "Box()"


b = Box()
b.__len__ = lambda: 99
b.__repr__ = lambda: "instance repr"
print(len(b), repr(b), b.__len__(), b.__repr__())
b.__add__ = lambda other: "instance add"
try:
    b + 1
except TypeError as e:
    print(e)
print(b.__add__(1))


class WithGetattr:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"


w = WithGetattr()
print(w.__len__(), w.anything())
try:
    len(w)
except TypeError as e:
    print(e)
try:
    iter(w)
except TypeError as e:
    print(e)


class Enter:
    pass


e = Enter()
e.__enter__ = lambda: None
e.__exit__ = lambda *a: None
try:
    with e:
        pass
except TypeError as err:
    print(err)
