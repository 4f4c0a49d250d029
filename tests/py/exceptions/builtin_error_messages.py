# Messages of exceptions raised by built-in operations, exactly as CPython words them.
ops = [
    ("int div", lambda: 1 / 0),
    ("int floordiv", lambda: 1 // 0),
    ("int mod", lambda: 1 % 0),
    ("float div", lambda: 1.0 / 0),
    ("float floordiv", lambda: 1.0 // 0.0),
    ("float mod", lambda: 1.0 % 0),
    ("divmod", lambda: divmod(1, 0)),
    ("pow zero", lambda: 0 ** -1),
    ("list index", lambda: [1][5]),
    ("tuple index", lambda: (1,)[5]),
    ("str index", lambda: "a"[5]),
    ("dict key", lambda: {}["k"]),
    ("int attr", lambda: (5).foo),
    ("str + int", lambda: "a" + 1),
    ("int + str", lambda: 1 + "a"),
    ("list + tuple", lambda: [] + ()),
    ("str * float", lambda: "a" * 1.5),
    ("int()", lambda: int("12x")),
    ("int() base", lambda: int("9", 8)),
    ("float()", lambda: float("abc")),
    ("unhashable", lambda: {[]: 1}),
    ("set unhashable", lambda: {{}}),
    ("compare", lambda: 1 < "a"),
    ("compare list", lambda: [1] < (1,)),
    ("neg shift", lambda: 1 << -1),
    ("None attr", lambda: None.x),
    ("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    ("pop empty", lambda: [].pop()),
    ("remove", lambda: [1].remove(2)),
    ("index", lambda: [1].index(2)),
    ("dict pop", lambda: {}.pop("x")),
    ("popitem", lambda: {}.popitem()),
    ("set remove", lambda: set().remove(1)),
    ("set pop", lambda: set().pop()),
    ("chr range", lambda: chr(-1)),
    ("not iterable", lambda: list(5)),
    ("float to int", lambda: int(float("inf"))),
    ("nan to int", lambda: int(float("nan"))),
]
for name, op in ops:
    try:
        op()
        print(name, "-> no error")
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
