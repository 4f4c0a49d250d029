# __class_getitem__ and __init_subclass__ defined as plain functions become class methods.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

    def __init_subclass__(cls, **kwargs):
        print("Box subclass", cls.__name__, kwargs)
        super().__init_subclass__()


print(type(Box.__dict__["__class_getitem__"]).__name__, type(Box.__dict__["__init_subclass__"]).__name__)
print(Box.__class_getitem__(int), Box.__class_getitem__("x"))


class IntBox(Box, unit="cm"):
    pass


print(IntBox.__class_getitem__(str))


class Plain:
    pass


print(Plain.__init_subclass__.__name__, object.__init_subclass__())
try:
    Plain.__init_subclass__(x=1)
except TypeError as e:
    print(e)


class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required


class Fine(Strict, required=5):
    pass


print(Fine.required)
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(e)
