# __exit__ receives (type, value, traceback); a true return suppresses, a false one propagates.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, type(tb).__name__)
        return self.suppress


with CM(True) as cm:
    print(type(cm).__name__)
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM(False):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

with CM(0):
    print("no error")


def f():
    for i in range(3):
        with CM(True):
            if i == 1:
                continue
            if i == 2:
                return "returned"
            raise RuntimeError(i)


print(f())
