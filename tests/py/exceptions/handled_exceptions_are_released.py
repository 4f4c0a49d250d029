# A handled exception, its traceback and the frames it names are freed once the handler is
# done: nothing the function held stays alive (reference counts return to where they were).
import sys


class Payload:
    pass


p = Payload()
base = sys.getrefcount(p)


def handled_by_type(arg):
    try:
        raise ValueError("x")
    except ValueError:
        pass


def handled_bare(arg):
    try:
        {}["missing"]
    except:
        pass


def handled_as(arg):
    try:
        [][1]
    except IndexError as e:
        return str(e)


def handled_nested(arg):
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        return repr(e.__context__)


def handled_in_loop(arg):
    n = 0
    for i in range(100):
        try:
            int("not a number")
        except ValueError:
            n += 1
    return n


for f in (handled_by_type, handled_bare, handled_as, handled_nested, handled_in_loop):
    r = f(p)
    print(f.__name__, r, sys.getrefcount(p) - base)

try:
    raise RuntimeError("module level")
except RuntimeError as e:
    held = e
print(sys.getrefcount(held))
del held
print(sys.exc_info())
