# repr/str of a 10,000-deep nested list or dict raises RecursionError instead of crashing.
nested = []
for _ in range(10000):
    nested = [nested]
for label, func in [("repr", repr), ("str", str)]:
    try:
        func(nested)
        print(label, "succeeded?!")
    except RecursionError as e:
        print(label, type(e).__name__, "|", e)
d = {}
for _ in range(10000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as e:
    print("dict", e)
t = ()
for _ in range(10000):
    t = (t,)
try:
    repr(t)
except RecursionError as e:
    print("tuple", e)
small = []
for _ in range(5):
    small = [small]
print(repr(small))
