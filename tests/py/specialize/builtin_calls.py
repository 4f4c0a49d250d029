# Calls of builtins and method descriptors (the PRECALL_NO_KW_* specializations), each site
# run long enough (> 8 times) to specialize before its callable or arguments change.
import builtins


def each(f, items):
    out = []
    for x in items:
        try:
            out.append(f(x))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


class MyList(list):
    def __len__(self):
        return 42


print(each(lambda x: len(x), ["ab"] * 20 + [[1], MyList(), 5, {}, range(7)])[-5:])
print(each(lambda x: isinstance(x, int), [1] * 20 + ["a", True, 2.0, None])[-4:])
print(each(lambda x: isinstance(x, (int, str)), [1] * 20 + ["a", 2.0])[-2:])
print(each(lambda x: type(x).__name__, [1] * 20 + ["a", None, MyList()])[-3:])
print(each(lambda x: str(x), [1] * 20 + [b"x", None, 2.5, MyList([1])])[-4:])
print(each(lambda x: tuple(x), ["ab"] * 20 + [[1, 2], range(3), 5, {"k": 1}])[-4:])
print(each(lambda x: abs(x), [-1] * 20 + [-2.5, "x", True])[-3:])
print(each(lambda x: divmod(x, 3), [7] * 20 + [7.5, "x"])[-2:])
print(each(lambda x: min(x, 5), [7] * 20 + [3, "x"])[-2:])
print(each(lambda x: x.upper(), ["ab"] * 20 + ["é", 5])[-2:])
print(each(lambda x: x.startswith("a"), ["ab"] * 20 + ["ba", b"ab", 5])[-3:])
print(each(lambda x: x.split(","), ["a,b"] * 20 + ["c", 5])[-2:])
print(each(lambda x: str.upper(x), ["ab"] * 20 + [5, b"x"])[-2:])
print(each(lambda x: list.append(x, 1), [[]] * 20 + [(), MyList()])[-2:])


# list.append through a method load, then a list subclass overriding append, then a non-list.
class Logged(list):
    def append(self, x):
        super().append(("logged", x))


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


print(fill([], 30)[-2:], fill(Logged(), 20)[-1], each(lambda t: fill(t, 1), [set()]))

# The builtins themselves replaced mid-loop.
real_len, real_isinstance = builtins.len, builtins.isinstance


def lens(n):
    out = []
    for i in range(n):
        if i == 50:
            builtins.len = lambda x: "patched"
            builtins.isinstance = lambda a, b: "patched"
        if i == 80:
            builtins.len, builtins.isinstance = real_len, real_isinstance
        out.append((len("abc"), isinstance(1, int)))
    return out


r = lens(100)
print(r[49], r[50], r[79], r[80])

# Keyword arguments at a site that specialized without them, and recursion through a
# builtin.
print([sorted([3, 1, 2]) for _ in range(20)][-1], sorted([3, 1, 2], reverse=True))
print([int("12") for _ in range(20)][-1], int("12", base=8))


class Deep:
    def __repr__(self):
        return repr(self)


try:
    repr(Deep())
except RecursionError as e:
    print(type(e).__name__)
