# Each traceback entry's tb_lineno and tb_lasti name the line and instruction the exception
# passed through in that frame, read long after the frames moved on (Krait computes the line
# on first read), through re-raises, generators, multi-line expressions and loops.
import sys


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    return out


def inner(x):
    if x > 2:
        return {}[x]
    return 1 // (x - x)


def middle(x):
    y = x + 1
    return inner(
        y
    )


def outer(x):
    try:
        middle(x)
    except (KeyError, ZeroDivisionError) as e:
        caught = e
    # the frame goes on to other lines before anyone reads the entries
    total = 0
    for i in range(10):
        total += i
    return caught, total


for x in (0, 5):
    e, total = outer(x)
    print(type(e).__name__, total, lines(e.__traceback__))


def reraiser():
    try:
        inner(0)
    except ZeroDivisionError:
        pass
    try:
        inner(9)
    except KeyError:
        raise


try:
    reraiser()
except KeyError as e:
    print("reraise", lines(e.__traceback__))


def gen():
    yield 1
    yield inner(0)


g = gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print("generator", lines(e.__traceback__))


def many(n):
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                [][i]
            else:
                int("x%d" % i)
        except (ValueError, IndexError) as e:
            yield type(e).__name__, e.__traceback__.tb_lineno


print(list(many(7)))


def chained():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


try:
    chained()
except RuntimeError as e:
    print("chained", lines(e.__traceback__), lines(e.__cause__.__traceback__))
    kept = e.__traceback__

tb = sys.exc_info()[2]
print("after handler", tb)
for attr in ("tb_lineno", "tb_lasti"):
    try:
        setattr(kept, attr, 1)
    except AttributeError as err:
        print(attr, err)
print(type(type(kept).__dict__["tb_lineno"]).__name__)
