# __get__ receives None for class access; __set__ is bypassed when assigning on the class.
class Desc:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, owner=None):
        if obj is None:
            return f"class access via {owner.__name__}"
        return self.store.get(id(obj), "unset")

    def __set__(self, obj, value):
        self.store[id(obj)] = value * 2


class A:
    attr = Desc()


class B(A):
    pass


a = A()
print(A.attr)
print(B.attr)
print(a.attr)
a.attr = 21
print(a.attr)
b = B()
b.attr = 1
print(b.attr, a.attr)
A.attr = "replaced"
print(a.attr, B.attr)
