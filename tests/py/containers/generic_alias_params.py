# GenericAlias parameters: objects with __typing_subst__ act as type variables; aliases
# collect them in __parameters__ and substitute them on subscription, nested ones included.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class TV:
    def __init__(self, name): self.name = name
    def __repr__(self): return "~" + self.name
    def __typing_subst__(self, arg):
        return arg
T, K, V = TV("T"), TV("K"), TV("V")
a = list[T]
print(a, a.__parameters__, a.__args__)
print(a[int], a[str].__args__, a[list[int]], a[T])
d = dict[K, V]
print(d, d.__parameters__, d[str, int], d[int, list[V]], d[int, list[V]].__parameters__)
show(lambda: d[int])
show(lambda: d[int, str, float])
show(lambda: a[int, str])
n = dict[K, list[V]]
print(n.__parameters__, n[str, int], n[str, T].__parameters__)
t = tuple[T, T, K]
print(t.__parameters__, t[int, str])
class Checked(TV):
    def __typing_subst__(self, arg):
        if not isinstance(arg, type):
            raise TypeError(f"{self} needs a class, got {arg!r}")
        return arg
C = Checked("C")
show(lambda: list[C][3])
print(list[C][bytes])
print(list[int].__parameters__, list[int, T].__parameters__, list[[T]].__parameters__)
print(list[T] == list[T], list[T] == list[K], hash(list[T]) == hash(list[T]))
# a class whose __class_getitem__ builds an alias
class Box:
    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))
    def __init__(self, *a): self.a = a
b = Box[int]
print(b, b.__origin__ is Box, b.__args__)
inst = b(1, 2)
print(type(inst).__name__, inst.a, inst.__orig_class__)
class Slotted:
    __slots__ = ()
    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))
s = Slotted[int]()
print(type(s).__name__, hasattr(s, "__orig_class__"))
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(tuple, ()))
show(lambda: GA(list))
show(lambda: GA(list, int, 1))
show(lambda: GA(list, int, x=1))
class SubGA(GA):
    pass
sg = SubGA(list, int)
print(type(sg).__name__, sg, sg == list[int], list[int] == sg)
# PEP 560: any base with __mro_entries__ is replaced by what it returns
class Entries:
    def __init__(self, result): self.result = result
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return self.result
class A(Entries((dict,)), Entries(())):
    pass
print(A.__bases__, A.__orig_bases__[0].result, A.__mro__)
class B(int, Entries((object,))):
    pass
print(B.__bases__, len(B.__orig_bases__))
def bad_entries():
    class C(Entries([list])):
        pass
show(bad_entries)
show(lambda: type("X", (list[int],), {}))
class Plain(list):
    pass
print("__orig_bases__" in Plain.__dict__, "__orig_bases__" in A.__dict__)
