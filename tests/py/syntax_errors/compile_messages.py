# compile() of bad snippets raises SyntaxError subclasses whose msg, lineno and offset match CPython.
snippets = [
    "x = (1, 2",
    "x = [1, 2)",
    "x = 1 +",
    "if x\n    pass\n",
    "def f()\n    pass\n",
    "f() = 1",
    "[a, b] += 1",
    "None = 1",
    "lambda: 1 = 2",
    "x + 1 = 2",
    "del 1",
    "return 5",
    "yield 5",
    "break",
    "'abc",
    "'''abc",
    "x = 1\n  y = 2\n",
    "if True:\nx = 1\n",
    "for x in range(3):\n    pass\n  y = 1\n",
    "def f(x, x): pass",
    "f(x=1, x=2)",
    "f(**a, *b)",
    "f(a=1, b)",
    "print 'x'",
    "0777",
    "1_000_",
    "0x",
    "1e",
    "a = 1 if b",
    "import",
    "from . import",
    "x = {1: 2, 3}",
    "a, *b, *c = d",
    "*a = 1",
    "def f(*): pass",
    "def f(**k, a): pass",
    "class C(:\n    pass\n",
    "x = $",
    "while True\n    pass\n",
    "try:\n    pass\nx = 1\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", repr(src))
