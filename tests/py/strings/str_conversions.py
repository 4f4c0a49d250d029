# str() and repr() of built-in objects, and str() of containers using repr of their items.
values = [None, True, False, 0, -12, 3.5, 1e100, "s", b"b", [1, "a"], (1,), (), {"k": [1]},
          set(), {1}, frozenset(), range(3), [None, [True]], 2 ** 70]
for v in values:
    print(str(v), "|", repr(v))
print(str(), repr(str()))
print(str(str), str(int), str(type(None)))
print(str(len), repr(print))
print(str(ValueError("x")), repr(ValueError("x")))
