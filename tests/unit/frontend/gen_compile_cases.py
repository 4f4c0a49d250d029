#!/usr/bin/env python3
# gen_compile_cases.py: writes compile_cases.h for test_compile.c and test_symtable.c (and
# tests/unit/vm/test_dis.c). Each case is a Python snippet, its AST as an S-expression (read
# back by ast_sexpr.h, so the tests do not depend on the parser), and what CPython 3.11
# makes of it: the code objects (a normalized listing of every field the compiler sets), the
# exact dis.dis text, the symbol tables, or the SyntaxError. Run with python3.11 and
# PYTHONHASHSEED=0 (set/frozenset reprs):  PYTHONHASHSEED=0 python3 gen_compile_cases.py
import ast
import dis
import os
import re
import symtable
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- the snippets ---------------------------------------------------------------------------

CASES = [
    ("assign_const", "x = 1\n"),
    ("fold_arith", "x = 2 + 3 * 4\n"),
    ("fold_limits", "a = 2 ** 100\nb = 2 ** 64\nc = 'ab' * 3\nd = 'x' * 5000\ne = (1,) * 300\nf = 1 << 200\ng = 1 << 100\n"),
    ("fold_unary", "a = -5\nb = ~7\nc = not 1\nd = -(-2.5)\ne = +True\n"),
    ("fold_div_zero", "x = 1 / 0\ny = 7 // 2\nz = 7 % 0\nw = 2.0 ** 0.5\n"),
    ("fold_tuple", "t = (1, 2, (3, 'a'), None)\nu = ()\nv = (x, 1)\n"),
    ("fold_in_list", "a = x in [1, 2, 3]\nb = x not in {1, 2, 3}\nc = x in [y, 2]\nfor i in [1, 2]: pass\nfor j in {4, 5}: pass\n"),
    ("fold_subscript", "a = 'abc'[1]\nb = (1, 2, 3)[-1]\nc = 'abc'[10]\n"),
    ("fold_str_format", "s = '%s-%5r %%' % (a, b)\nt = '%d' % (a,)\nu = '%s' % (a, b)\n"),
    ("debug_name", "if __debug__:\n    x = 1\ny = __debug__\n"),
    ("dead_if_false", "if False:\n    x = 5\nif 0:\n    y = 6\nelse:\n    y = 7\nwhile 0:\n    z = 1\n"),
    ("if_true", "if 1:\n    a = 1\nelse:\n    a = 2\n"),
    ("names_globals", "x = y\ndel x\nprint(x, y)\n"),
    ("aug_assign", "x += 1\na.b -= 2\nc[d] *= 3\nx **= y\nx //= 2\nx @= m\n"),
    ("unpack", "a, b = c\na, *b, c = d\n[x, y] = z\na, b = b, a\na, b, c = c, b, a\n"),
    ("chained_assign", "a = b = c = f()\n"),
    ("compare_chain", "r = a < b < c\ns = a == b\nt = a is not b\nu = a not in b\n"),
    ("boolops", "r = a and b or c\ns = a or b or c\nt = not a\nu = a and (b or c)\n"),
    ("ifexp", "r = a if b else c\n"),
    ("if_elif", "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n"),
    ("if_compare_chain", "if a < b < c:\n    x = 1\n"),
    ("if_not_and", "if not (a and b):\n    x = 1\nif a or not b:\n    y = 2\n"),
    ("if_is_none", "if x is None:\n    a = 1\nif x is not None:\n    b = 2\n"),
    ("while_loop", "i = 0\nwhile i < 10:\n    i += 1\nelse:\n    done = True\n"),
    ("while_true_break", "while True:\n    x = f()\n    if x:\n        break\n    continue\n"),
    ("for_loop", "for i in range(10):\n    print(i)\nelse:\n    print('done')\n"),
    ("for_break_continue", "for i in x:\n    if i:\n        continue\n    if i > 5:\n        break\n    f(i)\n"),
    ("nested_loops", "for i in a:\n    for j in b:\n        if j:\n            break\n    else:\n        g()\n"),
    ("calls", "f()\nf(1, 2)\nf(a, b=2)\nf(*args)\nf(**kw)\nf(a, *b, c=1, **d)\nf(x)(y)\n"),
    ("method_calls", "a.b()\na.b(1, c=2)\na.b.c(d)\na.b(*x)\n"),
    ("method_on_import", "import os\nos.getcwd()\nfrom x import y\ny.z()\n"),
    ("many_args", "f(" + ", ".join("a%d" % i for i in range(40)) + ")\n"),
    ("many_kwargs", "f(" + ", ".join("k%d=%d" % (i, i) for i in range(20)) + ")\n"),
    ("attributes", "a.b = c.d\ndel a.b\nx = a.b.c\n"),
    ("subscripts", "a[b] = c[d]\ndel a[b]\nx = a[1:2]\ny = a[::2]\nz = a[1:2, 3]\nw = a[:]\n"),
    ("containers", "l = [1, 2, x]\nt = (x, y)\ns = {1, 2, x}\nd = {'a': 1, 'b': x}\ne = {}\nf = []\ng = {x: y}\nh = {1, 2, 3}\n"),
    ("const_lists", "l = [1, 2, 3]\ns = {1, 2, 3}\nt = [1, 2]\nu = {'a', 'b', 'c'}\n"),
    ("starred_displays", "l = [*a, b]\nt = (*a, *b)\ns = {*a, 1}\nd = {**a, 'b': 1, **c}\n"),
    ("big_list", "l = [" + ", ".join("x%d" % i for i in range(35)) + "]\n"),
    ("big_dict", "d = {" + ", ".join("'k%d': v%d" % (i, i) for i in range(20)) + "}\n"),
    ("fstrings", "s = f'{x}'\nt = f'a{x!r}b{y:>8}c{z!s:{w}}'\nu = f'{x:.3f}'\nv = f'{x!a}'\n"),
    ("long_fstring", "s = f'" + "".join("{x%d}" % i for i in range(20)) + "'\n"),
    ("walrus", "if (n := len(a)) > 10:\n    print(n)\n"),
    ("lambda", "f = lambda x, y=1: x + y\ng = lambda: 0\n"),
    ("function_simple", "def f(a, b):\n    return a + b\n"),
    ("function_docstring", "def f():\n    'doc'\n    return 1\n"),
    ("function_defaults", "def f(a, b=1, *args, c, d=2, **kw):\n    return a\n"),
    ("function_posonly", "def f(a, /, b, *, c):\n    pass\n"),
    ("function_annotations", "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> list:\n    pass\n"),
    ("function_no_return", "def f():\n    pass\ndef g():\n    x = 1\n"),
    ("function_return_const", "def f(x):\n    if x:\n        return 1\n    return None\n"),
    ("decorators", "@a\n@b.c(1)\ndef f():\n    pass\n"),
    ("closure", "def f():\n    x = 1\n    def g():\n        return x\n    return g\n"),
    ("closure_arg_cell", "def f(a, b):\n    def g():\n        return a\n    return g\n"),
    ("nonlocal", "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    g()\n    return x\n"),
    ("global_decl", "def f():\n    global g\n    g = 1\n    return g\n"),
    ("nested_qualnames", "def f():\n    def g():\n        def h():\n            pass\n    class C:\n        def m(self):\n            pass\n"),
    ("global_qualname", "def f():\n    global g\n    def g():\n        pass\n"),
    ("class_simple", "class A:\n    x = 1\n    def m(self):\n        return self.x\n"),
    ("class_bases", "class A(B, C, metaclass=M):\n    pass\n"),
    ("class_super", "class A(B):\n    def m(self):\n        return super().m()\n"),
    ("class_dunder_class", "class A:\n    def m(self):\n        return __class__\n"),
    ("class_docstring", "class A:\n    'doc'\n    x: int = 1\n"),
    ("class_private", "class A:\n    __x = 1\n    def m(self):\n        return self.__x + __y\n"),
    ("class_free_var", "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n"),
    ("class_decorated", "@d\nclass A:\n    pass\n"),
    ("listcomp", "l = [x * 2 for x in y if x]\n"),
    ("setcomp_dictcomp", "s = {x for x in y}\nd = {k: v for k, v in items}\n"),
    ("genexp", "g = (x for x in y)\nsum(x for x in y)\n"),
    ("nested_comp", "l = [(x, y) for x in a for y in b if y]\n"),
    ("comp_closure", "def f(n):\n    return [x + n for x in range(n)]\n"),
    ("comp_walrus", "def f():\n    l = [y := x for x in a]\n    return y\n"),
    ("comp_single_elt_iter", "l = [y for x in a for y in [x * 2]]\n"),
    ("try_except", "try:\n    f()\nexcept E:\n    g()\n"),
    ("try_except_as", "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept C:\n    pass\nexcept:\n    h()\n"),
    ("try_else", "try:\n    f()\nexcept E:\n    g()\nelse:\n    h()\n"),
    ("try_finally", "try:\n    f()\nfinally:\n    g()\n"),
    ("try_except_finally", "try:\n    f()\nexcept E as e:\n    g()\nelse:\n    x = 1\nfinally:\n    h()\n"),
    ("try_nested", "try:\n    try:\n        f()\n    except A:\n        g()\nexcept B:\n    h()\n"),
    ("return_in_finally", "def f():\n    try:\n        return g()\n    finally:\n        h()\n"),
    ("break_in_finally", "for i in x:\n    try:\n        break\n    finally:\n        f()\n"),
    ("continue_in_try", "while x:\n    try:\n        continue\n    except E:\n        pass\n"),
    ("return_in_except", "def f():\n    try:\n        g()\n    except E as e:\n        return e\n"),
    ("return_in_with", "def f():\n    with a:\n        return 1\n"),
    ("return_in_for", "def f(x):\n    for i in x:\n        return i\n"),
    ("raise_forms", "raise\nraise E\nraise E('x') from e\n"),
    ("with_simple", "with a:\n    f()\n"),
    ("with_as", "with a as b, c as d:\n    f(b, d)\n"),
    ("with_tuple_target", "with a as (b, c):\n    pass\n"),
    ("assert_forms", "assert x\nassert x, 'msg'\n"),
    ("imports", "import a\nimport a.b.c\nimport a.b as c\nfrom a import b, c as d\nfrom . import e\nfrom ..f import g\nfrom h import *\n"),
    ("del_forms", "del a, b.c, d[e]\ndef f():\n    x = 1\n    del x\n"),
    ("annotations_module", "x: int = 1\ny: str\nz.a: int\nw[0]: float = 2\n"),
    ("annotations_function", "def f():\n    x: int = 1\n    y: str\n"),
    ("slices_store", "a[1:2] = b\ndel a[::3]\n"),
    ("expr_statements", "1\n'doc after'\nx\nf()\n"),
    ("docstring_module", "'module doc'\nx = 1\n"),
    ("pass_only", "pass\n"),
    ("empty_module", ""),
    ("generator", "def g():\n    yield 1\n    x = yield\n    yield from h()\n"),
    ("generator_closure", "def f(a):\n    def g():\n        yield a\n    return g\n"),
    ("star_target_for", "for a, *b in c:\n    pass\n"),
    ("nested_functions_defaults", "def f(x=[]):\n    def g(y=x):\n        return y\n    return g\n"),
    ("kwonly_defaults", "def f(*, a=1, b, c=x):\n    pass\n"),
    ("global_at_module", "global x\nx = 1\n"),
    ("class_in_function_nonlocal", "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n"),
    ("lambda_closure", "def f(x):\n    return lambda y: x + y\n"),
    ("conditional_import", "try:\n    import a\nexcept ImportError:\n    a = None\n"),
    ("match_literal", "match x:\n    case 1:\n        a = 1\n    case 'b' | 'c':\n        a = 2\n    case _:\n        a = 3\n"),
    ("match_sequence", "match x:\n    case [a, b]:\n        pass\n    case [a, *rest]:\n        pass\n    case (1, *_, 2):\n        pass\n"),
    ("match_mapping_class", "match x:\n    case {'a': 1, **rest}:\n        pass\n    case Point(x=0, y=yy):\n        pass\n    case None:\n        pass\n"),
    ("match_guard_as", "match x:\n    case [a] if a > 0:\n        pass\n    case ([b] as c) | [c, *b]:\n        pass\n"),
    ("async_def", "async def f():\n    await g()\n    async with a as b:\n        pass\n    async for i in c:\n        pass\n"),
    ("try_star", "try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    pass\n"),
    ("mixed_line_positions", "x = (a +\n     b)\ny = f(\n    1,\n    2)\nz = a.b \\\n    .c\n"),
    ("attribute_multiline", "x = (a\n     .b\n     .c(1))\n"),
    ("unicode_names", "café = 1\nprint(café, 'é')\n"),
    ("bool_constants", "a = True\nb = False\nc = None\nd = ...\ne = 0\nf = 0.0\ng = -0.0\nh = 1j\n"),
    ("big_ints", "a = 12345678901234567890\nb = -2 ** 63\nc = 2 ** 63\n"),
    ("bytes_consts", "a = b'abc'\nb = b'a' + b'b'\n"),
    ("interactive_like_print", "print(1, sep='', end='')\n"),
    ("return_tuple", "def f():\n    return 1, 2\n"),
    ("yield_in_lambda", "f = lambda: (yield)\n"),
    ("class_annotations_only", "class A:\n    x: int\n"),
    ("loop_else_break", "for x in y:\n    if x:\n        break\nelse:\n    z = 1\n"),
    ("while_else_break", "while a:\n    if b:\n        break\nelse:\n    c = 1\n"),
    ("nested_try_return", "def f():\n    for x in y:\n        try:\n            with a:\n                return x\n        finally:\n            pass\n"),
    ("except_name_del", "def f():\n    try:\n        pass\n    except E as e:\n        del e\n"),
    ("large_jump", "if x:\n" + "".join("    f%d()\n" % i for i in range(100)) + "y = 1\n"),
    ("future_annotations", "from __future__ import annotations\n"
     "x: List[int] = []\n"
     "def f(a: 'str', *b: Tuple[int, ...], c: Callable[[int], str] = None, **d: dict[str, "
     "int | None]) -> lambda x, *y: (x, -y[0] ** 2 if y else not x):\n"
     "    z: Foo.bar = 1\n"
     "    return z\n"
     "class C:\n"
     "    y: f'{a!r:>{w}} {{b}}' = 2\n"
     "    w: {1: 2, **d} | {3, 4} | [i async for i in j if i] | 1e400 | 2j\n"
     "    v: a.b[1:2, ::3] < c is not d and e or not f\n"
     "    u: (a, b) | (c,) | () | 1 .real | x[y] | -1 | ~(1 + 2) * 3 ** -4 ** 5\n"),
    ("async_generator", "async def f():\n    yield 1\n    async for x in g():\n        yield x\n    l = [y async for y in h()]\n    await q\n"),
    ("generator_try_finally", "def g():\n    try:\n        yield 1\n    finally:\n        print('x')\n    return 5\n"),
    ("genexp_multi", "g = (x + y for x in a if x for y in b if y if y > 1)\n"),
    ("nested_dictcomp", "d = {k: {v: k for v in vs} for k, vs in items}\n"),
    ("call_star_kw_mix", "f(a, *b, c, *d, e=1, **g, h=2, **i)\nprint(*a, sep='')\nf(**a, **b)\n"),
    ("class_kwargs", "class A(B, *bases, metaclass=M, **kw):\n    pass\n"),
    ("super_nested", "class A:\n    def m(self):\n        def inner():\n            return super(A, self)\n        return inner() or __class__\n"),
    ("lambda_default_closure", "def f(x):\n    return lambda y=x, *, z=x: y + z + x\n"),
    ("fstring_nested_spec", "s = f'{x:{w}.{p}f}'\nt = f'{x!r:^{w}}'\nu = f'{\"a\" if x else \"b\"}'\n"),
    ("module_walrus_comp", "l = [(y := x) for x in a]\nprint(y)\n"),
    ("global_in_class", "class A:\n    global g\n    g = 1\n    x = g\n"),
    ("del_global_and_deref", "def f():\n    global a\n    del a\n    b = 1\n    def g():\n        nonlocal b\n        del b\n    return g\n"),
    ("chained_compare_in_while", "while 0 < i < 10 != j:\n    i += 1\n"),
    ("boolop_jumps", "x = a and b and c\ny = a or b and c\nz = (a or b) and (c or d)\nif a and b or c and d:\n    pass\n"),
    ("ifexp_in_condition", "if (a if b else c):\n    x = 1\nwhile not (a if b else c):\n    pass\n"),
    ("try_in_loop_continue", "for x in y:\n    try:\n        f(x)\n    except E:\n        continue\n    finally:\n        g()\n    h()\n"),
    ("with_in_loop_break", "for x in y:\n    with open(x) as f:\n        if f:\n            break\n        continue\n"),
    ("return_nested_finally", "def f():\n    try:\n        try:\n            return 1\n        finally:\n            a()\n    finally:\n        b()\n"),
    ("except_star_finally", "try:\n    f()\nexcept* A:\n    pass\nfinally:\n    g()\n"),
    ("unpack_nested", "(a, (b, *c), d), e = f\nfor (x, y), z in w:\n    pass\n"),
    ("augassign_attr_sub_chain", "a.b.c += 1\na[b][c] -= 2\na.b[c].d *= 3\n"),
    ("slice_forms", "a[1:]\na[:2]\na[::]\na[1:2:3]\na[x:y, z:w]\na[...]\na[:, None]\n"),
    ("starred_assignment_forms", "a, *b = c\n*a, b = c\n[*a] = b\nfor *a, b in c:\n    pass\n"),
    ("match_complex", "match p:\n    case {'x': [1, *rest], **kw} if rest:\n        pass\n    case Point(1, y=[a, b] | (a, b)) as pt:\n        pass\n    case [1 | 2 as q, *_, -3.5 | 4j]:\n        pass\n    case str() | bytes():\n        pass\n"),
    ("class_method_closure_conflict", "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n"),
    ("frozenset_unusual_strings", "def zorblax(quuxor, flimflam): pass\ns = {'quuxor', 'zorblax', 'flimflam', 'wibblewobble'}\nt = x in {'quuxor', 'zorblax', 'wibblewobble'}\n"),
    ("long_dict_literal_const_keys", "d = {" + ", ".join("%d: %d" % (i, i) for i in range(40)) + "}\n"),
    ("deep_if_elif", "if a:\n    pass\n" + "".join("elif a%d:\n    x = %d\n" % (i, i) for i in range(30)) + "else:\n    x = -1\n"),
    ("extended_arg_consts", "\n".join("x%d = %d" % (i, i + 1000) for i in range(300)) + "\n"),
]

# (name, source, mode, optimize): compile() in 'eval' or 'single' mode, or with -O / -OO.
MODE_CASES = [
    ("eval_expression", "a + b * 2", "eval", 0),
    ("eval_comprehension", "[x for x in y if x]", "eval", 0),
    ("eval_lambda", "lambda q: q", "eval", 0),
    ("single_assign", "x = 1\n", "single", 0),
    ("single_expression", "1 + x\n", "single", 0),
    ("single_compound", "if x:\n    y\n    z = 2\n", "single", 0),
    ("single_function_body", "def f():\n    x\n", "single", 0),
    ("optimize_asserts", "assert x, 'm'\nif __debug__:\n    y = 1\n", "exec", 1),
    ("optimize_docstrings", "'mod doc'\ndef f():\n    'doc'\n    return 1\nclass C:\n    'c'\n", "exec", 2),
]

ERRORS = [
    ("err_return_outside", "return 5\n"),
    ("err_yield_outside", "yield 1\n"),
    ("err_await_outside", "await x\n"),
    ("err_break_outside", "break\n"),
    ("err_continue_outside", "continue\n"),
    ("err_nonlocal_module", "nonlocal x\n"),
    ("err_nonlocal_unbound", "def f():\n  nonlocal x\n"),
    ("err_global_param", "def f(a):\n global a\n"),
    ("err_nonlocal_param", "def f():\n x = 1\n def g(x):\n  nonlocal x\n"),
    ("err_global_after_assign", "def f():\n x=1\n global x\n"),
    ("err_global_after_use", "def f():\n print(x)\n global x\n"),
    ("err_duplicate_argument", "def f(a, a): pass\n"),
    ("err_duplicate_kwonly", "def f(a, *, a): pass\n"),
    ("err_lambda_duplicate", "lambda x, x: 0\n"),
    ("err_walrus_iterable", "x = [i for i in (j := [1])]\n"),
    ("err_walrus_rebind", "[(x := 1) for x in y]\n"),
    ("err_walrus_class", "class A:\n [(y := 1) for i in x]\n"),
    ("err_annotated_global", "def f():\n x: int\n global x\n"),
    ("err_keyword_repeated", "f(a=1, a=2)\n"),
    ("err_del_debug", "del __debug__\n"),
    ("err_assign_debug_arg", "def f(__debug__): pass\n"),
    ("err_import_star_function", "def f():\n from x import *\n"),
    ("err_yield_in_comprehension", "def f():\n [(yield x) for x in y]\n"),
    ("err_default_except_last", "try:\n pass\nexcept:\n pass\nexcept E:\n pass\n"),
    ("err_future_late", "import os\nfrom __future__ import division\n"),
    ("err_future_braces", "from __future__ import braces\n"),
    ("err_future_unknown", "from __future__ import spam\n"),
    ("err_starred_assign", "*a = b\n"),
    ("err_starred_load", "print(*a if b else c)\n") if False else ("err_starred_expr", "x = *a\n"),
    ("err_multiple_starred", "a, *b, *c = d\n"),
    ("err_match_irrefutable", "match x:\n case y:\n  pass\n case 1:\n  pass\n"),
    ("err_match_wildcard", "match x:\n case _:\n  pass\n case 1:\n  pass\n"),
    ("err_match_dup_name", "match x:\n case [a, a]:\n  pass\n"),
    ("err_match_or_names", "match x:\n case [a] | [b]:\n  pass\n"),
    ("err_async_for_outside", "def f():\n async for x in y:\n  pass\n"),
    ("err_return_async_gen", "async def f():\n yield 1\n return 2\n"),
    ("err_too_many_blocks", "".join(" " * i + "for x%d in y:\n" % i for i in range(21)) + " " * 21 + "pass\n"),
    ("err_break_in_except_star", "for x in y:\n try:\n  pass\n except* E:\n  break\n"),
    ("err_async_comprehension", "def f():\n return [x async for x in y]\n"),
    ("err_yield_from_async", "async def f():\n yield from x\n"),
    ("err_await_not_async", "def f():\n await x\n"),
    ("err_async_with_outside", "def f():\n async with x:\n  pass\n"),
    ("err_starred_alone", "f(**a, *b)\n") if False else ("err_nonlocal_global", "def f():\n x = 1\n def g():\n  global x\n  nonlocal x\n"),
    ("err_class_pattern_repeat", "match x:\n case C(a=1, a=2):\n  pass\n"),
    ("err_mapping_dup_key", "match x:\n case {'a': 1, 'a': 2}:\n  pass\n"),
    ("err_pattern_value", "match x:\n case -a:\n  pass\n") if False else ("err_multiple_star_pattern", "match x:\n case [*a, *b]:\n  pass\n"),
]

# ---- the AST as an S-expression ---------------------------------------------------------

OPERATORS = ["Add", "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult", "Mod", "BitOr", "Pow",
             "RShift", "Sub", "Div", "BitXor"]
UNARY = ["Invert", "Not", "UAdd", "USub"]
CMPOPS = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"]
CONTEXTS = ["Load", "Store", "Del"]
BOOLOPS = ["And", "Or"]


def sx_str(s, prefix=""):
    # Bytes escape bytes (\xHH); strs escape code points (\uHHHHHH), lone surrogates too.
    out = []
    if isinstance(s, bytes):
        for b in s:
            c = chr(b)
            out.append("\\x%02x" % b if c in '"\\' or b < 0x20 or b >= 0x7F else c)
    else:
        for c in s:
            o = ord(c)
            out.append("\\u%06x" % o if c in '"\\' or o < 0x20 or o >= 0x7F else c)
    return prefix + '"' + "".join(out) + '"'


def sx_const(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is Ellipsis:
        return "E"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f" + repr(v)
    if isinstance(v, complex):
        return "c%r,%r" % (v.real, v.imag)
    if isinstance(v, str):
        return sx_str(v)
    if isinstance(v, bytes):
        return sx_str(v, "b")
    raise TypeError(v)


def loc(n):
    return "%d %d %d %d" % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


def sx(node):
    if node is None:
        return "_"
    if isinstance(node, list):
        return "[" + " ".join(sx(x) for x in node) + "]"
    if isinstance(node, str):
        return sx_str(node)
    name = type(node).__name__
    for table in (OPERATORS, UNARY, CMPOPS, CONTEXTS, BOOLOPS):
        if name in table:
            return "#%d" % table.index(name)
    if isinstance(node, ast.Constant):
        return "(Constant %s %s %s)" % (loc(node), sx_const(node.value),
                                         "_" if node.kind is None else sx_str(node.kind))
    if isinstance(node, ast.MatchSingleton):
        return "(MatchSingleton %s %s)" % (loc(node), sx_const(node.value))
    if isinstance(node, ast.arguments):
        return "(arguments %s)" % " ".join(sx(getattr(node, f)) for f in node._fields)
    if isinstance(node, ast.arg):
        return "(arg %s %s %s)" % (loc(node), sx(node.arg), sx(node.annotation))
    if isinstance(node, ast.keyword):
        return "(keyword %s %s %s)" % (loc(node), sx(node.arg), sx(node.value))
    if isinstance(node, ast.alias):
        return "(alias %s %s %s)" % (loc(node), sx(node.name), sx(node.asname))
    if isinstance(node, ast.withitem):
        return "(withitem %s %s)" % (sx(node.context_expr), sx(node.optional_vars))
    if isinstance(node, ast.comprehension):
        return "(comprehension %s %s %s #%d)" % (sx(node.target), sx(node.iter), sx(node.ifs),
                                                 node.is_async)
    if isinstance(node, ast.ExceptHandler):
        return "(excepthandler %s %s %s %s)" % (loc(node), sx(node.type), sx(node.name),
                                                sx(node.body))
    if isinstance(node, ast.match_case):
        return "(match_case %s %s %s)" % (sx(node.pattern), sx(node.guard), sx(node.body))
    fields = []
    for f in node._fields:
        if f == "type_comment":
            continue
        v = getattr(node, f)
        if isinstance(node, ast.FormattedValue) and f == "conversion":
            fields.append("#%d" % v)
        elif isinstance(node, (ast.ImportFrom, ast.AnnAssign)) and f in ("level", "simple"):
            fields.append("#%d" % (v or 0))
        else:
            fields.append(sx(v))
    return "(%s %s %s)" % (name, loc(node), " ".join(fields))


def sx_module(src, mode="exec"):
    tree = ast.parse(src, "x.py", mode)
    if mode == "eval":
        return "(Expression %s)" % sx(tree.body)
    if mode == "single":
        return "(Interactive %s)" % sx(tree.body)
    return "(Module %s)" % sx(tree.body)

# ---- what CPython makes of it ----------------------------------------------------------------


def crepr(v):
    if hasattr(v, "co_code"):
        return "<code %s>" % v.co_name
    return repr(v)


def argrepr(ins):
    if ins.opcode == dis.opmap["LOAD_CONST"]:
        return crepr(ins.argval)
    return ins.argrepr


def pos(p):
    return "(%s,%s,%s,%s)" % tuple("None" if x is None else x for x in p)


def listing(co, out):
    out.append("code %s name=%s args=%d,%d,%d flags=%#x stack=%d first=%d" % (
        co.co_qualname, co.co_name, co.co_argcount, co.co_posonlyargcount,
        co.co_kwonlyargcount, co.co_flags, co.co_stacksize, co.co_firstlineno))
    out.append(" consts " + ", ".join(crepr(c) for c in co.co_consts))
    for what in ("names", "varnames", "cellvars", "freevars"):
        out.append(" %s %s" % (what, ", ".join(getattr(co, "co_" + what))))
    positions = list(co.co_positions())
    for ins in dis.get_instructions(co):
        arg = "" if ins.arg is None else " %d" % ins.arg
        r = argrepr(ins)
        out.append(" %d %s%s%s @%s" % (ins.offset, ins.opname, arg, " (%s)" % r if r else "",
                                       pos(positions[ins.offset // 2])))
    for e in dis._parse_exception_table(co):
        out.append(" exc %d %d %d %d %d" % (e.start, e.end, e.target, e.depth, e.lasti))
    out.append(" lines %r" % (list(co.co_lines()),))
    out.append(" tables %r %r" % (co.co_linetable, co.co_exceptiontable))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            listing(c, out)


def dis_text(co):
    import io
    f = io.StringIO()
    dis.dis(co, file=f)
    return re.sub(r" at 0x[0-9a-f]+,", " at 0x0,", f.getvalue())


def symtables(src):
    out = []

    def walk(t):
        out.append("table %s %s nested=%d" % (t.get_name(), t.get_type(), t.is_nested()))
        for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
            out.append(" %s %d" % (s.get_name(), s._Symbol__flags))
        for ch in t.get_children():
            walk(ch)

    walk(symtable.symtable(src, "x.py", "exec"))
    return "\n".join(out) + "\n"


def error(src):
    try:
        compile(src, "x.py", "exec")
    except SyntaxError as e:
        return "%s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                            e.end_lineno, e.end_offset)
    raise AssertionError("no error for %r" % src)

# ---- output ------------------------------------------------------------------------------------


ESCAPES = {"\n": "\\n", '"': '\\"', "\\": "\\\\", "?": "\\?"}


def c_string(s):
    lines = s.split("\n")
    parts = []
    for i, line in enumerate(lines):
        text = line + ("\n" if i < len(lines) - 1 else "")
        if not text:
            continue
        esc = "".join(ESCAPES.get(chr(b)) or ("\\%03o" % b if b < 0x20 or b >= 0x7F else chr(b))
                      for b in text.encode("utf-8"))
        parts.append('"%s"' % esc)
    return "\n     ".join(parts) if parts else '""'


def main():
    out = ["// compile_cases.h: generated by gen_compile_cases.py from CPython %s (PYTHONHASHSEED=0);"
           % sys.version.split()[0],
           "// do not edit. Snippets, their ASTs, and CPython's code objects, dis text, symbol",
           "// tables or SyntaxError.",
           "typedef struct {",
           "    const char *name, *source, *ast;",
           "    const char *listing, *dis, *symtable; // NULL for error cases (dis: and long cases)",
           "    const char *error;                    // NULL unless compiling fails",
           "    int mode;                             // a ModKind: 0 exec, 1 eval, 2 single",
           "    int optimize;                         // compile()'s optimize (-O level)",
           "} CompileCase;",
           "",
           "static const CompileCase compile_cases[] = {"]
    for name, src in CASES:
        co = compile(src, "x.py", "exec")
        lst = []
        listing(co, lst)
        text = dis_text(co)
        # The exact dis text of the long cases adds nothing the listing does not check.
        dis_c = c_string(text) if len(text) < 8000 else "NULL"
        out.append("    {%s,\n     %s,\n     %s,\n     %s,\n     %s,\n     %s,\n     NULL, 0, 0}," % (
            c_string(name), c_string(src), c_string(sx_module(src)),
            c_string("\n".join(lst) + "\n"), dis_c, c_string(symtables(src))))
    for name, src, mode, optimize in MODE_CASES:
        co = compile(src, "x.py", mode, optimize=optimize)
        lst = []
        listing(co, lst)
        out.append("    {%s,\n     %s,\n     %s,\n     %s,\n     %s,\n     NULL, NULL, %d, %d}," % (
            c_string(name), c_string(src), c_string(sx_module(src, mode)),
            c_string("\n".join(lst) + "\n"), c_string(dis_text(co)),
            {"exec": 0, "eval": 1, "single": 2}[mode], optimize))
    for name, src in ERRORS:
        out.append("    {%s,\n     %s,\n     %s,\n     NULL, NULL, NULL,\n     %s, 0, 0}," % (
            c_string(name), c_string(src), c_string(sx_module(src)), c_string(error(src))))
    out.append("};")
    with open(os.path.join(HERE, "compile_cases.h"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("%d cases, %d errors" % (len(CASES), len(ERRORS)))


if __name__ == "__main__":
    main()
