# Very deep expressions in source given to eval: CPython's exception types for each shape.
cases = [
    ("unary minus x100000", "-" * 100000 + "1"),
    ("not x100000", "not " * 100000 + "1"),
    ("nested lists x1000", "[" * 1000 + "]" * 1000),
    ("nested dict x1000", "{1:" * 1000 + "1" + "}" * 1000),
    ("binary chain x100000", "1" + " + 1" * 100000),
    ("attribute chain x100000", "x" + ".y" * 100000),
    ("call chain x100000", "f" + "()" * 100000),
    ("subscript chain x100000", "a" + "[0]" * 100000),
]
for label, source in cases:
    try:
        eval(source, {"x": 1, "f": 1, "a": 1})
        print(label, "-> evaluated")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, "->", type(e).__name__)
print("-" * 100 + "1", "=", eval("-" * 100 + "1"))
print(eval("not " * 101 + "0"))
