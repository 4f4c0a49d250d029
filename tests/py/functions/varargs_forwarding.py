# Generic wrappers forward *args and **kwargs unchanged, preserving keyword order.
def target(a, b=0, *rest, key=None, **extra):
    return {"a": a, "b": b, "rest": rest, "key": key, "extra": extra}
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, key="k", z=26, y=25))
print(forward(a=5, b=6))
def logged(func):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [k + "=" + repr(v) for k, v in kwargs.items()]
        print("calling " + func.__name__ + "(" + ", ".join(parts) + ")")
        return func(*args, **kwargs)
    return wrapper
@logged
def area(w, h=1, *, unit="m"):
    return str(w * h) + unit
print(area(3))
print(area(3, h=4, unit="cm"))
print(area(*[2, 5]))
print(area(**{"w": 2, "unit": "km"}))
try:
    forward()
except TypeError as e:
    print(e)
