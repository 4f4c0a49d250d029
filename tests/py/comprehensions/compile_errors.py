# compile() of bad comprehensions, assignment expressions and lambdas: the SyntaxError message
# and position agree with CPython; the valid edge cases compile.
snippets = [
 "[x for x in (y := [1])]",
 "[(x := 1) for x in y]",
 "[x for x in y if (x := 1)]",
 "[[(j := 0) for i in z] for j in y]",
 "[i for i in y for j in (k := y)]",
 "{(x := 1): 1 for x in y}",
 "{x for x in (y := [1])}",
 "{k: v for k, v in (y := {})}",
 "class C:\n [(x := 1) for y in z]",
 "class C:\n [y for y in (x := z)]",
 "[(a.b := 1) for a in z]",
 "def f():\n global y\n [(y := 1) for x in z]",
 "def f():\n y = 1\n def g():\n  nonlocal y\n  [(y := i) for i in z]",
 "[i for i in range(5) if (j := i)]",
 "[[(x := 1) for a in b] for c in (x := d)]",
 "[lambda: (x := 1) for x in y]",
 "[x for x, (y := 1) in z]",
 "[(x, y := 1) for x in z]",
 "[(i := 0) for i, j in z]",
 "[(j := 0) for i, j in z]",
 "[(j := 0) for i, *j in z]",
 "[x for x in [1] for y in (x := 2)]",
 "x := 1",
 "(lambda: x := 1)",
 "lambda x=(y := 1): x",
 "lambda: (yield)",
 "f(x for x in y, 1)",
 "[*x for x in y]",
 "{**x for x in y}",
 "[x for x in]",
 "[x, y for x in z]",
 "lambda *: 1",
 "lambda x, x: 1",
 "lambda a=1, b: 1",
 "lambda: await x",
 "def f():\n x = 1\n [x for x in (lambda: (x := 1))()]",
 "[x async for x in y]",
 "[await x for x in y]",
 "def f():\n [(yield x) for x in y]",
 "lambda *a, **a: 1",
 "lambda **k, a: 1",
 "[(__debug__ := 1) for x in y]",
 "[x for __debug__ in y]",
 "(x for x in (y := 1))",
]
for s in snippets:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
