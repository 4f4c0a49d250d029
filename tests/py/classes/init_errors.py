# CPython's messages for bad constructor calls.
class NoInit:
    pass


class Init:
    def __init__(self, a, b=2, *, c):
        self.a = a


class BadReturn:
    def __init__(self):
        return 5


for make in (lambda: NoInit(1), lambda: NoInit(x=1), lambda: Init(), lambda: Init(1, 2, 3),
             lambda: Init(1, c=1, d=2), lambda: Init(1), lambda: BadReturn()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class OnlyNew:
    def __new__(cls, value):
        return super().__new__(cls)


o = OnlyNew(3)
print(type(o).__name__)
try:
    object.__new__(OnlyNew, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().__init__(1)
except TypeError as e:
    print("TypeError:", e)
