# Each generator has its own "exception being handled": sys.exc_info() inside and outside a
# generator suspended in an except block, and implicit chaining across yields.
import sys

def current():
    e = sys.exc_info()[1]
    return repr(e)

def handler():
    print("gen start:", current())
    try:
        raise ValueError("in generator")
    except ValueError:
        print("gen handling:", current())
        yield 1
        print("gen resumed:", current())
        yield 2
    print("gen after:", current())
    yield 3

g = handler()
next(g)
print("caller after first yield:", current())
try:
    raise KeyError("in caller")
except KeyError:
    print("caller handling:", current())
    next(g)
    print("caller still handling:", current())
next(g)
print("caller end:", current())

# A generator started while the caller handles an exception sees the caller's.
def peek():
    yield current()
    try:
        raise TypeError("inner")
    except TypeError:
        yield current()
    yield current()

try:
    raise IndexError("outer")
except IndexError:
    p = peek()
    print(next(p))
    print(next(p))
    print(next(p))

# An exception raised in a generator resumed from an except block chains to the caller's
# handled exception.
def raiser():
    yield
    raise RuntimeError("raised after resume")

r = raiser()
next(r)
try:
    try:
        raise OSError("handled by caller")
    except OSError:
        next(r)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# An exception raised inside the generator's own except block chains to its exception.
def own_chain():
    try:
        raise LookupError("own")
    except LookupError:
        yield
        raise ArithmeticError("after yield")

o = own_chain()
next(o)
try:
    next(o)
except ArithmeticError as e:
    print(repr(e), "context:", repr(e.__context__))

# Bare raise inside a generator re-raises its own handled exception across a yield.
def reraiser():
    try:
        raise NameError("kept across yield")
    except NameError:
        yield "suspended in except"
        raise

rr = reraiser()
print(next(rr))
try:
    raise ValueError("caller's")
except ValueError:
    try:
        next(rr)
    except NameError as e:
        print("re-raised", repr(e))

# Exceptions from generators are normal exceptions for the caller.
def divide(values):
    for v in values:
        yield 100 / v

results = []
try:
    for r in divide([1, 2, 0, 4]):
        results.append(r)
except ZeroDivisionError as e:
    results.append(type(e).__name__)
print(results)

# try/except around a single next() call.
def flaky():
    yield 1
    raise ValueError("flaky")
    yield 2

f = flaky()
print(next(f))
try:
    next(f)
except ValueError as e:
    print("caught", e)
print(list(f))

# sys.exc_info() is restored when the generator finishes inside an except block.
def finishes_in_except():
    try:
        raise KeyError("finishing")
    except KeyError:
        yield current()
    return

fe = finishes_in_except()
print(next(fe))
print(list(fe), current())

# A generator raising an exception that has a traceback from elsewhere.
saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e

def raise_saved():
    yield
    raise saved

rs = raise_saved()
next(rs)
try:
    next(rs)
except ZeroDivisionError as e:
    print(e is saved)
