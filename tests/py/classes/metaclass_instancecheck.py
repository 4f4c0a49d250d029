# Metaclass __instancecheck__ and __subclasscheck__ drive isinstance and issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return hasattr(inst, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck))
print(isinstance(3, Duck))
print(issubclass(Robot, Duck))
print(issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))
# Exact type match short-circuits __instancecheck__.
print(isinstance(Duck(), Duck))
try:
    issubclass(3, Robot)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
