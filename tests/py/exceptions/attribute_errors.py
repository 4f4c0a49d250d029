# AttributeError messages for missing attributes on built-in objects, modules and functions.
import math
objects = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, b"x", range(1)]
for obj in objects:
    try:
        obj.missing_attribute
    except AttributeError as e:
        print(e)
try:
    math.nonexistent
except AttributeError as e:
    print(e)
def f():
    pass
try:
    f.nothing
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    "abc".upper = None
except AttributeError as e:
    print(e)
print(getattr(1, "missing", "fallback"), hasattr("x", "upper"), hasattr("x", "nope"))
