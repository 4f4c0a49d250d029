# __class_getitem__ is an implicit classmethod used for Cls[...] subscription.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int])
print(SubBox["x"])
print(Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
