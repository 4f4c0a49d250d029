# TypeError messages for wrong arguments to user __init__ and classes without one.
class C:
    def __init__(self, x, y=2, *, z):
        pass


class NoInit:
    pass


class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)


def attempt(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: C())
attempt(lambda: C(1))
attempt(lambda: C(1, 2, 3, z=0))
attempt(lambda: C(1, z=0, w=5))
attempt(lambda: C(1, x=1, z=0))
attempt(lambda: NoInit(1))
attempt(lambda: NoInit(a=1))
attempt(lambda: NewOnly())
attempt(lambda: NewOnly(1))
attempt(lambda: NewOnly(1, 2))
attempt(lambda: object(1))


class ReturnsValue:
    def __init__(self):
        return 5


attempt(lambda: ReturnsValue())
