# Annotations on parameters and returns are stored in __annotations__ and do not affect calls.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f("not an int"), f(1, 2, 3.0, c=[1], extra=1))
def g(x, y):
    return x
print(g.__annotations__)
def h() -> None:
    pass
print(h.__annotations__)
count: int = 5
label: str
print(count, __annotations__)
def local_annotations():
    z: int = 3
    w: str
    return z
print(local_annotations())
