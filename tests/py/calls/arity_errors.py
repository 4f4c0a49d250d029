# TypeError messages for wrong argument counts and unknown keywords, matching CPython's wording.
def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def dflt(a, b=1):
    pass
def kwonly(*, k):
    pass
def kwonly2(*, k, m):
    pass
cases = [
    lambda: none(1),
    lambda: none(1, 2),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(),
    lambda: two(1),
    lambda: three(),
    lambda: three(1),
    lambda: dflt(),
    lambda: dflt(1, 2, 3),
    lambda: one(b=1),
    lambda: one(1, b=1),
    lambda: two(1, a=2),
    lambda: kwonly(),
    lambda: kwonly2(),
    lambda: kwonly(1),
    lambda: kwonly(k=1, j=2),
    lambda: none(x=1),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
]
for case in cases:
    try:
        case()
        print("no error?!")
    except TypeError as e:
        print(e)
