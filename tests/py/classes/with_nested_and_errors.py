# Multiple context managers exit in reverse order; missing protocol methods raise TypeError.
class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


try:
    with Named("a") as a, Named("b") as b:
        print(a, b)
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError("from exit")


try:
    with ExitRaises():
        raise ValueError("body")
except OSError as e:
    print("OSError:", e, "context:", repr(e.__context__))
