# Assigning __bases__ changes the MRO of a class and of its subclasses.
class A:
    def hello(self):
        return "A.hello"


class B:
    def hello(self):
        return "B.hello"

    def only_b(self):
        return "B only"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.hello(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.hello(), d.only_b(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
C.__bases__ = (A, B)
print(d.hello(), d.only_b(), [k.__name__ for k in C.__mro__])
print(C in A.__subclasses__(), C in B.__subclasses__())
for bad in ((), [A], (1,), (D,), (int,)):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print([k.__name__ for k in C.__mro__])
try:
    object.__bases__ = (A,)
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, C, D.__mro__[1])
try:
    C.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError:", e)
