# Import forms: import, import as, from-import, from-import as, and several names at once.
import math
import math as m
from math import sqrt, floor as fl
from math import (
    pi,
    e as euler,
)
import sys, time
print(math.sqrt(9), m.sqrt(9), sqrt(9), fl(2.9), pi, euler)
print(m is math, sqrt is math.sqrt, fl is math.floor)
print(type(math).__name__, math.__name__, m.__name__)
print(sys.__name__, time.__name__)
def local_import():
    import math as inner_math
    from math import factorial
    return inner_math.gcd(12, 18), factorial(5)
print(local_import())
print("inner_math" in globals(), "factorial" in globals())
try:
    from math import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'does_not_exist' from 'math'"))
