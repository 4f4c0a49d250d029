# raise ... from ...: both tracebacks, joined by "The above exception was the direct cause".
def to_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("expected a number, got " + repr(s)) from e

def total(items):
    return sum([to_int(x) for x in items])

print(total(["1", "2"]))
print(total(["1", "x"]))
