# compile() errors found by the symbol table: global/nonlocal misuse, bad returns, bad starred use.
snippets = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f(a):\n    global a\n",
    "def f(a):\n    def g():\n        nonlocal a\n        global a\n",
    "class C:\n    return 1\n",
    "def f():\n    class C:\n        nonlocal q\n",
    "for x in []:\n    def f():\n        break\n",
    "while True:\n    def g():\n        continue\n",
    "x = [*a for a in b]",
    "print(*)",
    "f(**)",
    "x = yield = 3",
    "del (a, 1)",
    "(a, b) = 1, 2\n(a + b) = 3\n",
    "with x as 1: pass",
    "for 1 in x: pass",
    "x: int, y: int = 1, 2",
    "f'{'",
    "f'}'",
    "f'{a!x}'",
]
for src in snippets:
    try:
        compile(src, "<scope>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", repr(src))
