# sys.getallocatedblocks follows the objects a program creates and frees;
# sys._debugmallocstats is present (its output is machine-specific: the unit tests check it).
import sys

print(callable(sys._debugmallocstats), sys._debugmallocstats.__doc__.splitlines()[0])
print(sys.getallocatedblocks.__doc__)
before = sys.getallocatedblocks()
print(type(before).__name__, before > 0)
keep = [[i] for i in range(5000)]
during = sys.getallocatedblocks()
print("grew by at least 5000:", during - before >= 5000)
del keep
after = sys.getallocatedblocks()
print("dropped by at least 5000:", during - after >= 5000)
for name, args in [("getallocatedblocks", (1,)), ("_debugmallocstats", (1,))]:
    try:
        getattr(sys, name)(*args)
    except TypeError as e:
        print(type(e).__name__, e)
