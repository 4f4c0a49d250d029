# An uncaught user exception prints its qualified name and custom __str__ in the traceback.
class Outer:
    class InnerError(ValueError):
        def __init__(self, item):
            super().__init__(item)
            self.item = item

        def __str__(self):
            return f"bad item {self.item!r}"


def check(v):
    if v < 0:
        raise Outer.InnerError(v)
    return v


print(check(1))
check(-3)
