# generator.throw(): the 1-argument and 3-argument forms and their errors.

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught ValueError " + repr(e.args)
        except KeyError as e:
            yield "caught KeyError " + repr(e.args)

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(ValueError("instance")))
print(next(g))
print(g.throw(ValueError, "value"))
print(next(g))
print(g.throw(ValueError, ("a", "b")))
print(next(g))
print(g.throw(KeyError, None))
print(next(g))
print(g.throw(ValueError, ValueError("same class instance")))
print(next(g))

# An exception the generator does not catch comes out of throw() and ends it.
try:
    g.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("finished")

# throw() into an unstarted generator raises at once, without running it.
def never():
    print("never printed")
    yield

g = never()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("early", e)
print(list(g))

# throw() into a finished generator re-raises the exception.
g = never()
g.close()
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("after close", type(e).__name__)

# The errors of throw() itself.
g = catcher()
next(g)
for args in [(), (1,), ("str",), (ValueError("x"), "value"), (ValueError, None, "tb"),
             (ValueError, 1, 2, 3), (object,), (int,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
print(next(g))

# A traceback given as the third argument is kept.
try:
    raise RuntimeError("with tb")
except RuntimeError as e:
    tb = e.__traceback__
g = catcher()
next(g)
def thrower():
    try:
        yield
    except RuntimeError as e:
        yield e.__traceback__ is not None, e.args
t = thrower()
next(t)
print(t.throw(RuntimeError, RuntimeError("x"), tb))
t = thrower()
next(t)
print(t.throw(RuntimeError, "y", None))

# An exception class whose constructor fails.
class Bad(Exception):
    def __init__(self, *args):
        raise LookupError("constructor failed")

g = catcher()
next(g)
try:
    g.throw(Bad)
except LookupError as e:
    print("LookupError", e)
try:
    print(next(g))
except StopIteration:
    print("the constructor's error went through the generator")

# throw() with an exception the generator converts into a return value.
def converter():
    try:
        yield 1
    except ArithmeticError:
        return "converted"

g = converter()
next(g)
try:
    g.throw(OverflowError)
except StopIteration as e:
    print("StopIteration", e.value)

# The thrown exception seen from inside, and re-raised with context.
def rethrow():
    try:
        yield
    except Exception as e:
        raise KeyError("wrapped") from e

g = rethrow()
next(g)
try:
    g.throw(ValueError("original"))
except KeyError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

# throw() into a generator suspended inside an except block: the handled exception is the
# context of the thrown one.
def inside_except():
    try:
        raise TypeError("handled")
    except TypeError:
        try:
            yield 1
        except ValueError as e:
            yield repr(e.__context__)

g = inside_except()
next(g)
print(g.throw(ValueError))

# The caller's handled exception is not chained to the thrown one.
def plain():
    try:
        yield
    except ValueError as e:
        yield repr(e.__context__)

g = plain()
next(g)
try:
    raise KeyError("caller")
except KeyError:
    print(g.throw(ValueError))

# GeneratorExit and StopIteration thrown in.
def catch_all():
    try:
        yield 1
    except BaseException as e:
        yield "got " + type(e).__name__

for exc in (GeneratorExit, StopIteration, KeyboardInterrupt, SystemExit):
    g = catch_all()
    next(g)
    print(g.throw(exc))
