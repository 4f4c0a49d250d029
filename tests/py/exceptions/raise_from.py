# raise ... from ...: __cause__, __context__ and __suppress_context__ attributes.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input: " + s) from e
try:
    convert("abc")
except TypeError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("hidden") from None
except KeyError as e:
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__)
    print("suppress:", e.__suppress_context__)

try:
    raise ValueError("outer") from IndexError("explicit cause")
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__context__)

e = RuntimeError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("x") from 5
except TypeError as err:
    print(err)
