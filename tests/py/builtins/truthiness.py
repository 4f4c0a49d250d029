# bool() and truth testing of every built-in type, including empty and zero values.
values = [None, False, True, 0, 1, -1, 0.0, -0.0, 0.001, float("nan"), "", " ", "0", b"", b"\x00",
          [], [None], (), ((),), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(2), len, ...]
for v in values:
    print(repr(v), bool(v), not v)
print(bool(), bool(bool), bool(print))
