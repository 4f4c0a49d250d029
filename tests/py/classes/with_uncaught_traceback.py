# An exception escaping a with block shows a traceback that includes the with line.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("cleaning up after", et.__name__)


def work():
    with Guard():
        raise LookupError("not found")


print("start")
work()
