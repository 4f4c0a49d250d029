# Errors from container operations, with CPython's exact messages.
pair_list, pair_tuple = [1, 2], (1, 2)
cases = [
    lambda: [1, 2][2],
    lambda: [][-1],
    lambda: (1,)[1],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: {}["missing"],
    lambda: {}.pop("k"),
    lambda: {(1, 2): 1}[(2, 1)],
    lambda: {[1]: 2},
    lambda: {1: 2}[[1]],
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: pair_list["0"],
    lambda: pair_tuple[None],
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: [1] * [2],
    lambda: {1} + {2},
    lambda: {"a": 1} + {"b": 2},
    lambda: [3, "a"].sort(),
    lambda: sorted([1, None]),
    lambda: list(1),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: tuple(None),
    lambda: [].insert(),
    lambda: frozenset([[]]),
]
for case in cases:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
