# TypeError messages from calling builtins with wrong arguments, and calling non-callables.
five, text, nothing, pair = 5, "text", None, [1, 2]
cases = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: ord("ab"),
    lambda: chr("a"),
    lambda: int("1", "2"),
    lambda: sorted(),
    lambda: isinstance(1),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: pair("x"),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: max(),
    lambda: min(1),
    lambda: divmod(1),
    lambda: iter(5),
    lambda: next([1]),
]
for case in cases:
    try:
        case()
        print("no error?!")
    except TypeError as e:
        print(e)
