# Snippets that look suspicious but are valid 3.11 syntax compile and run without error.
snippets = [
    "x = (1)",
    "x = (1,)",
    "x = ()",
    "a = b = c = 1",
    "a, = [1]",
    "[a, b] = 1, 2",
    "(a) = 1",
    "[(a, b), c] = [(1, 2), 3]",
    "a, *b = 1, 2, 3",
    "x = [*range(3), *'ab']",
    "x = {**{'a': 1}, 'b': 2}",
    "def f(a, /, b, *, c): return a",
    "def f(*, a=1, b): return b",
    "lambda *a, **k: 0",
    "x = 1 if 2 else 3 if 4 else 5",
    "x = not not 1",
    "x = -+-~1",
    "x = 1 < 2 < 3 != 4",
    "x = [i for i in range(3) if i if i > 0]",
    "x = {i: j for i, j in [(1, 2)]}",
    "if (n := 10) > 5: pass",
    "x = 1;",
    "del a, b",
    "del (a), [b]",
    "global q\nq = 1",
    "def f():\n    '''doc'''\n",
    "x = f'{1:>{2}}'",
    "x = 0_0",
    "x = 1_0.0_1e1_0",
    "assert True, 'msg'",
    "pass",
    "with_ = 1",
    "match = case = _ = 1",
]
ns_count = 0
for src in snippets:
    try:
        code = compile(src, "<valid>", "exec")
        ns = {'a': 1, 'b': 2, 'c': 3}
        try:
            exec(code, ns)
            ns_count += 1
            print("ok  ", repr(src))
        except Exception as e:
            print("runs into", type(e).__name__, repr(src))
    except SyntaxError as e:
        print("SyntaxError?!", e.msg, repr(src))
print(ns_count, "executed")
