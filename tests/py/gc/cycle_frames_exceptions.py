# An exception kept in a local of the frame it passed through is a cycle: exception ->
# traceback -> frame -> locals -> exception.
import gc
import sys
import weakref

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  marker gone:", self.name)


class Boom(Exception):
    pass


def keep_exception():
    m = Marker("kept-exception")
    try:
        raise Boom("x")
    except Boom as e:
        err = e
    return "returned"


print(keep_exception())
print("before collect")
print("collected > 0:", gc.collect() > 0)


def drop_exception():
    m = Marker("dropped-exception")
    try:
        raise Boom("y")
    except Boom:
        pass
    return "returned"


print(drop_exception())
print("no cycle: already gone")


def keep_exc_info():
    m = Marker("exc_info")
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    return info[0].__name__


print(keep_exc_info())
print("before collect")
gc.collect()


def keep_traceback():
    m = Marker("traceback")
    try:
        raise Boom("z")
    except Boom as e:
        tb = e.__traceback__
    return tb.tb_frame.f_code.co_name


print(keep_traceback())
print("before collect")
gc.collect()


class Holder:
    pass


def escape():
    h = Holder()
    h.m = Marker("escaped-frame")
    try:
        raise Boom("w")
    except Boom as e:
        h.err = e
    return weakref.ref(h)


r = escape()
print("holder alive:", r() is not None)
gc.collect()
print("holder alive after collect:", r() is not None)


def nested_cause():
    m = Marker("chained")
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise Boom("outer")
    except Boom as e:
        saved = e
    return type(saved.__context__).__name__


print(nested_cause())
print("before collect")
gc.collect()
print("end")
