#!/usr/bin/env python3
# gen_parse_cases.py: regenerates the expected values of test_parse.c and test_parse_errors.c
# from CPython 3.11 (the oracle): ast.dump of each snippet (parse_cases.inc), with positions
# (parse_positions.inc), and the fields of each SyntaxError (parse_errors.inc, and for eval
# and 'single' mode parse_mode_errors.inc).
# Run with python3.11 from this directory: python3 gen_parse_cases.py
import ast
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

# Snippets parsed in 'exec' mode unless they start with "eval:" or "single:".
SNIPPETS = [
    # simple statements
    "pass",
    "break\ncontinue",
    "x = 1",
    "x = y = z = 0",
    "a, b = b, a",
    "[a, *b] = c",
    "(a, (b, c)), d = e",
    "x.y = z[0] = w",
    "a[1:2] = b",
    "x += 1",
    "x -= 1; x *= 2; x /= 3; x //= 4; x %= 5",
    "x **= 2; x @= m; x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 2",
    "a.b += 1",
    "a[i] -= 2",
    "x: int",
    "x: int = 5",
    "(x): int = 5",
    "a.b: str",
    "a[0]: list = []",
    "del x",
    "del x, y[0], z.w",
    "del (a, b), [c]",
    "return",
    "return x",
    "return x, y",
    "return *a, b",
    "raise",
    "raise E",
    "raise E from e",
    "global a, b",
    "nonlocal x",
    "assert x",
    "assert x, 'msg'",
    "import os",
    "import os.path as p, sys",
    "from . import x",
    "from .. import y as z",
    "from ...pkg.mod import (a, b as c,)",
    "from m import *",
    "from .m import a",
    "x",
    "f(x)",
    "yield",
    "yield x",
    "await x",
    "x = yield",
    "x = yield from g()",
    # compound statements
    "if a:\n    pass",
    "if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w",
    "while x:\n    x -= 1\nelse:\n    done()",
    "for i in range(10):\n    print(i)\nelse:\n    pass",
    "for a, b in c:\n    pass",
    "for *a, b in c: pass",
    "async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass",
    "with a:\n    pass",
    "with a as b, c as (d, e):\n    pass",
    "with (a as b, c):\n    pass",
    "with (a, b):\n    pass",
    "with (yield):\n    pass",
    "try:\n    pass\nexcept:\n    pass",
    "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nelse:\n    d\nfinally:\n    e",
    "try:\n    a\nfinally:\n    b",
    "try:\n    a\nexcept* E:\n    b\nexcept* (F, G) as g:\n    c",
    "def f():\n    pass",
    "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a",
    "def f(a, /, b, *, c):\n    pass",
    "def f(a=1, /, b=2, *, c=3):\n    pass",
    "def f(*, a, b=1):\n    pass",
    "def f(a: int, *b: str, **c: float) -> None: pass",
    "def f(*args: *Ts): pass",
    "@dec\ndef f(): pass",
    "@a.b(c)\n@d\ndef f(): pass",
    "@x[0].y\nclass C: pass",
    "async def f(): await g()",
    "class C: pass",
    "class C(A, B, metaclass=M, **kw):\n    x = 1\n    def m(self): pass",
    "class C(): pass",
    # expressions
    "a or b or c",
    "a and b and c",
    "a or b and c",
    "not a",
    "not not a",
    "a if b else c",
    "a if b else c if d else e",
    "lambda: 0",
    "lambda x, y=1, *a, z, **k: x",
    "lambda x, /, y: x",
    "lambda *, k: k",
    "(x := 1)",
    "[y := f(x), y**2]",
    "a + b - c",
    "a * b / c // d % e @ f",
    "a ** b ** c",
    "-a ** 2",
    "~a + +b - -c",
    "a << b >> c & d ^ e | f",
    "a < b <= c > d >= e == f != g",
    "a is b is not c in d not in e",
    "(a + b) * c",
    "x.y.z",
    "x[0][1]",
    "x[1:2]",
    "x[:]",
    "x[::2]",
    "x[a:b:c]",
    "x[1:2, 3]",
    "x[1:2, ::3]",
    "x[a, b]",
    "x[*a]",
    "x[*a, b]",
    "x[()]",
    "f()",
    "f(a, b)",
    "f(a, *b, c=1, **d)",
    "f(*a, *b, **c, **d)",
    "f(a=1, *b)",
    "f(x for x in y)",
    "f(a)(b)(c)",
    "f(a)[b].c",
    "()",
    "(1,)",
    "1, 2",
    "(1, 2, 3)",
    "[]",
    "[1, 2, *a]",
    "{}",
    "{1: 2, **a, 3: 4}",
    "{1, 2, *a}",
    "[x for x in y]",
    "[x for x in y if x if not x]",
    "[x for x in y for y in z]",
    "{x for x in y}",
    "{k: v for k, v in d.items()}",
    "(x for x in y)",
    "[(a, b) for a, b in c]",
    "[x async for x in y]",
    "[[y for y in x] for x in z]",
    "[*a, *b]",
    "*a, b = c",
    "a = *b, c",
    "...",
    "None",
    "True, False",
    "x = ... if y else None",
    # literals
    "0",
    "1_000_000",
    "0x_ff",
    "0o777",
    "0b1010",
    "123456789012345678901234567890",
    "1.5",
    "1e10",
    "1_0.5e-3",
    ".5",
    "5.",
    "1j",
    "2.5J",
    "0xFFFFFFFFFFFFFFFFFFFF",
    "'abc'",
    '"abc"',
    "'''a\nb'''",
    '"""doc"""',
    "u'abc'",
    "'a' 'b' 'c'",
    "'a\\tb\\n\\\\\\''",
    "'\\x41\\u00e9\\U0001F600\\101'",
    "'\\N{BULLET}\\N{greek small letter alpha}'",
    "'\\d\\w'",
    "r'\\d\\n'",
    "R'a' r'b'",
    "rb'a' bR'b'",
    "b'abc'",
    "b'\\x00\\xff\\n'",
    "b'a' b'b'",
    "BR'x\\y'",
    "'caf\u00e9 \u65e5\u672c'",
    "'a\\\nb'",
    # f-strings
    "f'abc'",
    "f'{x}'",
    "f'a{x}b{y}c'",
    "f'{x!r}{y!s}{z!a}'",
    "f'{x:>10}'",
    "f'{x:{width}.{prec}}'",
    "f'{x=}'",
    "f'{x = }'",
    "f'{x=!s}'",
    "f'{x=:.2f}'",
    "f'{{}}{{{x}}}'",
    "f'{x}' 'y' f'{z}'",
    "'a' f'b'",
    "f''",
    "rf'{x}\\n'",
    "f'{\"a\" if x else \"b\"}'",
    "f'{a[\"k\"]}'",
    "f'{x:{{}}}'",
    "f'{(lambda: 1)()}'",
    "f'''{\nx\n}'''",
    "f'{3.14:.2f}'",
    "f'{x,}'",
    "f'{x!r:^20}'",
    # soft keywords
    "match = 1",
    "match.x = case",
    "_ = match(case)",
    "print(match, case, _)",
    # match statement
    "match x:\n    case 1:\n        pass",
    "match x:\n    case 1 | 2 | 3:\n        pass\n    case _:\n        pass",
    "match x:\n    case -1:\n        pass\n    case 1.5:\n        pass\n    case 1+2j:\n        pass",
    "match x:\n    case 'a' 'b':\n        pass\n    case b'c':\n        pass",
    "match x:\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass",
    "match x:\n    case y:\n        pass",
    "match x:\n    case a.b:\n        pass\n    case a.b.c:\n        pass",
    "match x:\n    case [a, b, *rest]:\n        pass",
    "match x:\n    case (a, b):\n        pass\n    case ():\n        pass\n    case []:\n        pass",
    "match x:\n    case a, *_:\n        pass",
    "match x:\n    case {'a': 1, 'b': c, **rest}:\n        pass",
    "match x:\n    case {}:\n        pass\n    case {**r}:\n        pass",
    "match x:\n    case Point(x=0, y=yy):\n        pass",
    "match x:\n    case Point(1, 2, z=3):\n        pass\n    case a.B():\n        pass",
    "match x:\n    case (1 | 2) as y:\n        pass",
    "match x:\n    case [1, 2] if y > 0:\n        pass",
    "match x, y:\n    case a, b:\n        pass",
    "match *a, b:\n    case _:\n        pass",
    "match (x):\n    case (y):\n        pass",
    # layout
    "if a:\n    if b:\n        pass\n    x\ny",
    "x = (1 +\n     2)",
    "x = 1 + \\\n    2",
    "# comment\nx  # trailing\n\n\ny",
    "x = [\n    1,\n    2,\n]",
    "def f():\n    '''doc'''\n    return",
    "\uae30\u11a7 = \u11a7",
    # eval mode
    "eval:1 + 2",
    "eval:x, y",
    "eval:lambda: x",
    "eval:a\n\n",
    "eval:1 + 2  # c",
    "eval:(1 +\n 2)",
    # 'single' mode (the interactive prompt): one statement, maybe compound, spanning lines
    "single:x = 1",
    "single:x = 1; y = 2",
    "single:x = 1; y = 2\n",
    "single:x = 1 # c",
    "single:x = 1\n# c\n\n",
    "single:if x:\n    y\n    z = 2\n",
    "single:if x:\n    y\n    z = 2\n\n",
    "single:if x:\n    y\n    z = 2",
    "single:if x:\n  y\nelse:\n  z\n",
    "single:if x: y\n",
    "single:def f():\n    return 1\n",
    "single:def f():\n    return 1",
    "single:@d\ndef f(): pass\n",
    "single:class C:\n    def f(self):\n        pass\n    y = 2",
    "single:for i in x:\n    if i:\n        pass\nelse:\n    pass",
    "single:\n\nx = 1\n",
]

POSITIONS = [
    "x = 1",
    "a.b.c = d[e]",
    "f(a, *b, k=1, **c)",
    "def f(a: int = 1, *b, c, **d) -> r:\n    return a + b",
    "@d\nasync def f():\n    pass",
    "class C(B, m=M):\n    pass",
    "for x in y:\n    pass\nelse:\n    z",
    "while a:\n    b",
    "if a:\n    b\nelif c:\n    d",
    "with a as b, c:\n    pass",
    "try:\n    a\nexcept E as e:\n    b\nfinally:\n    c",
    "import a.b as c\nfrom .d import (e as f, g)",
    "from m import *",
    "lambda x, y=1: x",
    "[x for x in y if z]",
    "{k: v for k, v in w}",
    "(a, b) = c, d",
    "x[1:2, ::3]",
    "a if b else c",
    "not a and b or c",
    "a < b < c",
    "-x ** 2",
    "'a' 'b'",
    "f'{x}'",
    "f'a{x!r:>{w}}b'",
    "x = f'{a}{b}'",
    "y = f'''\n  {x}'''",
    "f'{x=}'",
    "u'x' f'{y}'",
    "match p:\n    case Point(x=0) | [1, *r] | {'k': v, **kw} as q if q:\n        pass",
    "global a, b",
    "x: int = 1",
    "del a, b",
    "raise E from c",
    "assert x, y",
    "x += yield",
    "(x := 5)",
    "'caf\u00e9' + b",
    "\u00e9l\u00e8ve = 1",
    "\uff41 = 1",
    "print(*a, sep='')",
    "a = \\\n  1",
    "x = (f'{a}'\n     f'{b}')",
    "d = {1: 2, **e}",
    "async def f():\n    return [x async for x in y if await x]",
]

ERRORS = [
    "x\n  y\n",
    "if x:\npass\n",
    "if x:\n  pass\n y\n",
    "def f():\n  x\n    y\n",
    "class A\n  pass\n",
    "def f()\n  pass\n",
    "def f:\n  pass\n",
    "for x in y\n  pass\n",
    "while x\n  pass\n",
    "if x\n  pass\n",
    "with a as b\n  pass\n",
    "try:\n  pass\n",
    "try:\n  pass\nx = 1\n",
    "try\n  pass\n",
    "try:\n  pass\nexcept\n  pass\n",
    "try:\n  pass\nexcept E, F:\n  pass\n",
    "try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass\n",
    "try:\n  pass\nexcept*:\n  pass\n",
    "x = 1 +\n",
    "1 = 2\n",
    "f() = 1\n",
    "a + b = 1\n",
    "(a, 1) = 2\n",
    "x = 1 = 2\n",
    "f() += 1\n",
    "del 1\n",
    "del f()\n",
    "for 1 in x: pass\n",
    "with a as f(): pass\n",
    "if x = 1: pass\n",
    "if x.y = 1: pass\n",
    "f(a=1, b)\n",
    "f(**a, b)\n",
    "f(**a, *b)\n",
    "f(a for a in b, c)\n",
    "f(True=1)\n",
    "f(a.b=1)\n",
    "def f(a=1, b): pass\n",
    "def f(*): pass\n",
    "def f(**k, a): pass\n",
    "def f(a, (b, c)): pass\n",
    "lambda *a, *b: 0\n",
    "print 'hello'\n",
    "(1 2)\n",
    "x = a if b\n",
    "[x, y for x in z]\n",
    "[*x for x in z]\n",
    "{a: *b}\n",
    "{a: b, c}\n",
    "(*a)\n",
    "from x import a,\n",
    "x = (1, 2\n",
    "x = )\n",
    "x = (]\n",
    "'abc\n",
    "1_000_\n",
    "(1 := 1)\n",
    "x = yield = 1\n",
    "a, b: int\n",
    "match x\n  case 1: pass\n",
    "match x:\ncase 1: pass\n",
    "match x:\n  case a as 1: pass\n",
    "match x:\n  case A(b=1, c): pass\n",
    "x = b'a' 'b'\n",
    "x = b'\u00e9'\n",
    "'\\x1'\n",
    "'\\N{no such name at all}'\n",
    "b'\\x1'\n",
    "f'{}'\n",
    "f'}'\n",
    "f'{a!x}'\n",
    "f'{a b}'\n",
    "\n\nx = f'{a b}'\n",
    "f'{a:{b:{c}}}'\n",
    "else: pass\n",
    "a {b c}\n",
    "for x in range 10:\n  pass\n",
    "foo(1,\n    2\nbar()\n",
    "x = 1 2\n",
    "\u00e9l\u00e8ve = 1 2\n",
    "x = '\u00e9' $\n",
    "x = 1" + "0" * 4301 + "\n",
    "@\ndef f(): pass\n",
    "def f() -> : pass\n",
    "{1: 2, b 3}\n",
    "{1: 2, 3, b 4}\n",
    "f(x, *)\n",
    "f(x=1, *)\n",
    "match(x)\n1 +\n",
    "x = 1 +\ny = '\n",
    "if x:\r\n",
    "x = (\r\n",
    # compile() of a str reads a BOM as U+FEFF (files and bytes skip it)
    "\ufeffx = 1\n",
]


# Errors of eval and 'single' mode, whose input gets no newline supplied at its end ("eval:",
# "single:"; "exec:" for the same sources in exec mode).
MODE_ERRORS = [
    # at the end of eval input without a final newline: ENDMARKER, which has no column
    "eval:1 +",
    "exec:1 +",
    "eval:lambda",
    "exec:lambda",
    "eval:1 + # c",
    "exec:1 + # c",
    "eval:1 +  ",
    "eval:a.b.",
    "eval:(1 +\n2) +",
    "eval:\u00e9 + 1 +",
    "eval:",
    "eval:1 + \n",
    "eval:1 +\n",
    "eval:1 +\r\n",
    "eval:x = (",
    "eval:foo(",
    "eval:(1,",
    "eval:x[",
    "eval:x[1:2",
    "eval:a if b",
    "eval:'abc",
    "eval:1\n  ",
    "eval:1 + \\",
    "exec:1 + \\",
    "eval:\ufeff1",
    # 'single': the NEWLINE supplied at the end, and one statement only
    "single:1 +",
    "single:x =",
    "single:if x:",
    "single:if x:\n",
    "single:",
    "single:\n",
    "single:# c",
    "single:  ",
    "single:x = 1\ny = 2",
    "single:x = 1\ny = 2\n",
    "single:x = 1\n\n\ny",
    "single:x\n +",
    "single:x\n\\\n",
    "single:if x:\n    y\nz",
    "single:if x:\n    y\n\nz\n",
    "single:if x: y; z",
    "single:if x:\n    y\n  z\n",
    "single:def",
    "single:x = 1 +\ny = '\n",
    "single:foo(1,\n2 3\n",
]

MODES = {"eval": "MOD_EXPRESSION", "single": "MOD_INTERACTIVE", "exec": "MOD_MODULE"}


def c_string(s):
    out = []
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


def split_mode(src, default="exec"):
    mode, sep, rest = src.partition(":")
    if sep and mode in MODES:
        return mode, rest
    return default, src


def parse(src):
    mode, text = split_mode(src)
    return ast.parse(text, mode=mode), ["exec", "eval", "single"].index(mode), text


def write_dumps(path, snippets, positions):
    with open(path, "w") as f:
        f.write("// Generated by gen_parse_cases.py from CPython %s: do not edit.\n" %
                sys.version.split()[0])
        for src in snippets:
            tree, mode, text = parse(src)
            f.write("{%d, %s,\n %s},\n" % (mode, c_string(text),
                                          c_string(ast.dump(tree, include_attributes=positions))))


def write_errors(path):
    with open(path, "w") as f:
        f.write("// Generated by gen_parse_cases.py from CPython %s: do not edit.\n" %
                sys.version.split()[0])
        for src in ERRORS:
            try:
                compile(src, "<test>", "exec", ast.PyCF_ONLY_AST)
                raise SystemExit("no error for %r" % src)
            except SyntaxError as e:
                text = "NULL" if e.text is None else c_string(e.text)
                f.write("{%s,\n &PyExc_%s, %s, %d, %d, %d, %d, %s},\n" % (
                    c_string(src), type(e).__name__,
                    c_string(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, text))


def write_mode_errors(path):
    with open(path, "w") as f:
        f.write("// Generated by gen_parse_cases.py from CPython %s: do not edit.\n" %
                sys.version.split()[0])
        for src in MODE_ERRORS:
            mode, text = split_mode(src)
            try:
                compile(text, "<test>", mode, ast.PyCF_ONLY_AST)
                raise SystemExit("no error for %r" % src)
            except SyntaxError as e:
                etext = "NULL" if e.text is None else c_string(e.text)
                f.write("{%s, {%s,\n &PyExc_%s, %s, %d, %d, %d, %d, %s}},\n" % (
                    MODES[mode], c_string(text), type(e).__name__,
                    c_string(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, etext))


if __name__ == "__main__":
    write_dumps("parse_cases.inc", SNIPPETS, False)
    write_dumps("parse_positions.inc", POSITIONS, True)
    write_errors("parse_errors.inc")
    write_mode_errors("parse_mode_errors.inc")
    print(len(SNIPPETS), "snippets,", len(POSITIONS), "with positions,", len(ERRORS), "errors,",
          len(MODE_ERRORS), "in eval and 'single' mode")
