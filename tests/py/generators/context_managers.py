# A contextmanager decorator written with generators (as contextlib does it): the
# generator's yield is the with block; exceptions are thrown in at the yield.

class GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return GeneratorContextManager(func, args, kwds)
    helper.__name__ = func.__name__
    return helper


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

with tag("div"):
    with tag("span"):
        print("nested")

@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)

with suppress(KeyError, IndexError):
    {}["missing"]
print("after suppress")

with suppress(KeyError):
    [][0] if False else None
print("nothing raised")

try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)

@contextmanager
def cleanup(label):
    print("setup", label)
    try:
        yield label
    finally:
        print("teardown", label)

try:
    with cleanup("resource"):
        raise OSError("while using the resource")
except OSError as e:
    print("caught", e)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("transformed") from e

try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print("ArithmeticError", e, "cause:", type(e.__cause__).__name__)

# StopIteration raised in the with block is not swallowed by the generator machinery.
try:
    with cleanup("stop"):
        raise StopIteration("from block")
except StopIteration as e:
    print("StopIteration escaped:", e)

# A reusable pattern: timing-like accounting with a shared list.
events = []

@contextmanager
def recording(name):
    events.append("begin " + name)
    try:
        yield events
    except Exception as e:
        events.append(f"error in {name}: {e}")
        raise
    else:
        events.append("ok " + name)
    finally:
        events.append("end " + name)

with recording("one"):
    pass
try:
    with recording("two"):
        raise KeyError("k")
except KeyError:
    pass
print(events)

# Generators used as context-manager stacks.
@contextmanager
def stack(*names):
    opened = []
    try:
        for name in names:
            print("open", name)
            opened.append(name)
        yield opened
    finally:
        for name in reversed(opened):
            print("close", name)

with stack("a", "b", "c") as s:
    print("using", s)
