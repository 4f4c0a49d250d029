// test_eval.c: vm/eval.c and the instruction semantics of vm/ops*.c, through code objects
// assembled by hand and through source compiled by the frontend. Expected values, reprs and
// messages come from CPython 3.11 running the same snippets.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "frontend/compile.h"
#include "runtime/call.h"
#include "runtime/objects/func.h"
#include "runtime/objects/methodobject.h"
#include "tests/unit/vm/vm_testing.h"
#include "vm/opcode.h"
#include "vm/vm.h"

// ---- hand-assembled code --------------------------------------------------------------------

#define U(op, arg) ((PyCodeUnit)(OP_##op | ((arg) << 8)))

// A module-level code object from units and constants (no names, no locals).
static PyCodeObject *
assemble(const PyCodeUnit *code, Py_ssize_t n, PyObject *consts, PyObject *names, int stacksize)
{
    RtCodeLocation *locs = calloc((size_t)n, sizeof *locs);
    for (Py_ssize_t i = 0; i < n; i++)
        locs[i] = (RtCodeLocation){1, 1, 0, 1};
    PyObject *empty = PyTuple_New(0);
    PyObject *kinds = PyBytes_FromStringAndSize("", 0);
    PyObject *file = PyUnicode_FromString("<asm>");
    PyObject *name = PyUnicode_FromString("<module>");
    RtCodeSpec spec = {
        .filename = file,
        .name = name,
        .qualname = name,
        .stacksize = stacksize,
        .firstlineno = 1,
        .code = code,
        .ncode = n,
        .consts = consts,
        .names = names != NULL ? names : empty,
        .localsplusnames = empty,
        .localspluskinds = kinds,
        .exceptiontable = kinds,
        .locations = locs,
    };
    PyCodeObject *co = rt_code_new(&spec);
    free(locs);
    Py_DECREF(empty);
    Py_DECREF(kinds);
    Py_DECREF(file);
    Py_DECREF(name);
    return co;
}

static void
test_eval_assembled_binary_op_returns_sum(void **state)
{
    PyCodeUnit code[] = {
        U(RESUME, 0), U(LOAD_CONST, 0), U(LOAD_CONST, 1), U(BINARY_OP, 0), 0, U(RETURN_VALUE, 0),
    };
    PyObject *consts = tuple_of_longs(2, 40L, 2L);
    PyCodeObject *co = assemble(code, 6, consts, NULL, 2);
    assert_non_null(co);
    PyObject *g = test_globals();
    PyObject *r = vm_eval_code(co, g, NULL);
    assert_repr(r, "42");
    Py_DECREF(r);
    Py_DECREF(g);
    Py_DECREF(co);
    Py_DECREF(consts);
}

static void
test_eval_assembled_loop_counts_down(void **state)
{
    // n = 5; while n: n -= 1 (through the names namespace); return n
    PyCodeUnit code[] = {
        U(RESUME, 0),     // 0
        U(LOAD_CONST, 0), // 1
        U(STORE_NAME, 0), // 2
        U(LOAD_NAME, 0),  // 3  loop head
        U(POP_JUMP_FORWARD_IF_FALSE, 6),
        U(LOAD_NAME, 0),  // 5
        U(LOAD_CONST, 1), // 6
        U(BINARY_OP, 23),
        0,                   // 7, 8 (-=)
        U(STORE_NAME, 0),    // 9
        U(JUMP_BACKWARD, 8), // 10 -> 3
        U(LOAD_NAME, 0),     // 11
        U(RETURN_VALUE, 0),  // 12
    };
    PyObject *consts = tuple_of_longs(2, 5L, 1L);
    PyObject *names = PyTuple_Pack(1, PyUnicode_InternFromString("n"));
    PyCodeObject *co = assemble(code, 13, consts, names, 2);
    assert_non_null(co);
    PyObject *g = test_globals();
    PyObject *r = vm_eval_code(co, g, NULL);
    assert_repr(r, "0");
    assert_true(co->co_backedges == 5);
    Py_DECREF(r);
    Py_DECREF(g);
    Py_DECREF(co);
    Py_DECREF(consts);
    Py_DECREF(names);
}

static void
test_eval_unknown_opcode_raises_system_error(void **state)
{
    // 254 is no opcode at all: vm/opcodes.def has none with that number.
    PyCodeUnit code[] = {U(RESUME, 0), (PyCodeUnit)254, U(RETURN_VALUE, 0)};
    PyObject *consts = PyTuple_New(0);
    PyCodeObject *co = assemble(code, 3, consts, NULL, 1);
    PyObject *g = test_globals();
    assert_null(vm_eval_code(co, g, NULL));
    assert_raised(PyExc_SystemError, "unknown opcode 254");
    Py_DECREF(g);
    Py_DECREF(co);
    Py_DECREF(consts);
}

// ---- compiled source: results -----------------------------------------------------------

typedef struct {
    const char *src, *expected;
} Case;

// Each snippet leaves its result in the global `r`; expected is CPython's repr(r).
static const Case result_cases[] = {
    {"r = (2 + 3 * 4, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4, 10 - 3 - 2, 1 << 70, 6 & 3 | 8 ^ 1)",
     "(14, 3, -4, -2, 1024, 0.25, 5, 1180591620717411303424, 11)"},
    {"r = (1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, 'a' != 'b', [1, 2] < [1, 3], None is None, "
     "1 is not None, 3 in [1, 2, 3], 4 not in (1, 2))",
     "(True, False, True, True, True, True, True, True, True)"},
    {"r = (0 or 'x', 1 and 0, not 0, [] or {}, 'a' if 0 else 'b')", "('x', 0, True, {}, 'b')"},
    {"def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\n"
     "r = (f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 7, 'z': 0}))",
     "((1, 2, (), 3, 4, {}), (1, 2, (3, 4), 5, 4, {'e': 6}), (1, 2, (), 7, 4, {'z': 0}))"},
    {"def f(a, b, /, c, *, d=1):\n    return a + b + c + d\nr = (f(1, 2, 3), f(1, 2, c=3, d=4))",
     "(7, 10)"},
    {"def counter():\n    n = 0\n    def inc(step=1):\n        nonlocal n\n        n += step\n"
     "        return n\n    return inc\nc = counter()\nc(); c(); r = c(10)",
     "12"},
    {"fs = []\nfor i in [1, 2, 3]:\n    def g(i=i):\n        return i * 10\n    fs += [g]\n"
     "r = [f() for f in fs]",
     "[10, 20, 30]"},
    {"out = []\nfor i in [1, 2, 3, 4, 5, 6]:\n    if i == 2:\n        continue\n    if i == 5:\n"
     "        break\n    out += [i]\nelse:\n    out += ['else']\nn = 0\nwhile n < 3:\n    n += 1\n"
     "else:\n    out += [n]\nr = out",
     "[1, 3, 4, 3]"},
    {"out = []\ndef f():\n    try:\n        return 'try'\n    finally:\n        "
     "out.append('finally')\n"
     "out.append(f())\nfor i in [1, 2]:\n    try:\n        continue\n    finally:\n"
     "        out.append(i)\nr = out",
     "['finally', 'try', 1, 2]"},
    {"out = []\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    out += [str(e)]\nelse:\n"
     "    out += ['else']\nfinally:\n    out += ['fin']\ntry:\n    pass\nexcept Exception:\n"
     "    out += ['no']\nelse:\n    out += ['else']\nr = out",
     "['division by zero', 'fin', 'else']"},
    {"try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise KeyError('k')\n"
     "except KeyError as e:\n    r = (type(e.__context__), e.__cause__, e.__suppress_context__)",
     "(<class 'ZeroDivisionError'>, None, False)"},
    {"try:\n    try:\n        1 / 0\n    except ZeroDivisionError as z:\n"
     "        raise ValueError('v') from z\nexcept ValueError as e:\n"
     "    r = (type(e.__cause__), e.__suppress_context__, type(e.__context__))",
     "(<class 'ZeroDivisionError'>, True, <class 'ZeroDivisionError'>)"},
    {"def f():\n    try:\n        raise TypeError('t')\n    except TypeError:\n        raise\n"
     "try:\n    f()\nexcept TypeError as e:\n    r = repr(e)",
     "\"TypeError('t')\""},
    {"a, *b, c = [1, 2, 3, 4]\n(x, y), z = (1, 2), 3\nfirst, *rest = 'abc'\n"
     "r = (a, b, c, x, y, z, first, rest)",
     "(1, [2, 3], 4, 1, 2, 3, 'a', ['b', 'c'])"},
    {"r = ([x * x for x in [1, 2, 3] if x != 2], {k: v for k, v in [('a', 1), ('b', 2)]}, "
     "{x % 3 for x in [1, 4, 7, 2]})",
     "([1, 9], {'a': 1, 'b': 2}, {1, 2})"},
    {"x = 42\ns = 'hi'\nr = f'{x}-{s!r}-{x + 1}-{s}'", "\"42-'hi'-43-hi\""},
    {"def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(20)", "6765"},
    {"g = 1\ndef f():\n    global g\n    g += 1\n    return g\nf(); r = (f(), g)", "(3, 3)"},
    {"x = 1\ndel x\nd = {'a': 1, 'b': 2}\ndel d['a']\nl = [1, 2, 3]\ndel l[0]\nr = (d, l)",
     "({'b': 2}, [2, 3])"},
    {"l = [0, 1, 2, 3, 4, 5]\nl[1:3] = ['a']\nr = (l[::2], l[-2:], 'hello'[1:4])",
     "([0, 3, 5], [4, 5], 'ell')"},
    {"l = [1]\nl += [2]\nd = {'k': 1}\nd['k'] += 5\nn = 10\nn -= 3\nn *= 2\nr = (l, d, n)",
     "([1, 2], {'k': 6}, 14)"},
    {"f = lambda a, *b, k=3: (a, b, k)\nr = (f(1), f(1, 2, k=4), (lambda: 7)())",
     "((1, (), 3), (1, (2,), 4), 7)"},
    {"assert 1 == 1, 'never'\nr = 'ok'", "'ok'"},
    {"l = [1, 2, 3]\nif (n := len(l)) > 2:\n    r = n", "3"},
    {"a = {'x': 1}\nb = {**a, 'y': 2, **{'z': 3}}\nr = (b, [*a, *'ab'], (*a,), {*a})",
     "({'x': 1, 'y': 2, 'z': 3}, ['x', 'a', 'b'], ('x',), {'x'})"},
    {"def outer(x):\n    def mid(y):\n        def inner(z):\n            return x + y + z\n"
     "        return inner\n    return mid\nr = outer(1)(2)(3)",
     "6"},
    {"def f(*, a=1, b):\n    return a, b\nr = (f(b=2), f(a=3, b=4))", "((1, 2), (3, 4))"},
    {"def f(*a, **k):\n    return a, k\nt = (1, 2)\nr = (f(*t, 3, *t), f(x=1, **{'y': 2}))",
     "(((1, 2, 3, 1, 2), {}), ((), {'x': 1, 'y': 2}))"},
    {"out = []\nfor i in [1, 0, 2]:\n    try:\n        out += [10 // i]\n"
     "    except ZeroDivisionError:\n        out += ['z']\nr = out",
     "[10, 'z', 5]"},
    {"out = []\ntry:\n    try:\n        raise ValueError('a')\n    finally:\n        out += ['f']\n"
     "except ValueError as e:\n    out += [str(e)]\nr = out",
     "['f', 'a']"},
    {"try:\n    try:\n        raise ValueError(1)\n    except TypeError:\n        r = 'wrong'\n"
     "except ValueError:\n    r = 'outer'",
     "'outer'"},
    {"try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\ntry:\n    e\n"
     "except NameError as n:\n    r = str(n)",
     "\"name 'e' is not defined\""},
    {"i = 0\nwhile True:\n    i += 1\n    if i > 3:\n        break\nelse:\n    i = -1\nr = i", "4"},
    {"def f():\n    for i in [1, 2, 3]:\n        try:\n            if i == 2:\n                "
     "return i\n"
     "        finally:\n            pass\nr = f()",
     "2"},
    {"try:\n    {}['x']\nexcept (TypeError, KeyError) as e:\n    r = type(e).__name__",
     "'KeyError'"},
    {"try:\n    raise ValueError\nexcept ValueError as e:\n    r = repr(e)", "'ValueError()'"},
    // Class bodies run with their namespace as locals (the test __build_class__ returns it).
    {"def outer():\n    y = 5\n    class C:\n        x = y\n        z = x + 1\n"
     "        def m(self):\n            return __class__\n    return C\nns = outer()\n"
     "r = (ns['x'], ns['z'], ns['__qualname__'], ns['__module__'], "
     "type(ns['__classcell__']).__name__, ns['__result__'] is ns['__classcell__'])",
     "(5, 6, 'outer.<locals>.C', '__main__', 'cell', True)"},
    {"class K:\n    a = 1\n    del a\n    b = [1, 2]\nr = list(K)",
     "['__module__', '__qualname__', 'b', '__result__']"},
    {"def f(a, b=2):\n    c = a + b\n    del a\n    return locals()\nr = f(1)", "{'b': 2, 'c': 3}"},
    // The global-name cache must see rebinding in globals and in builtins.
    {"def f():\n    return len\na = f()\nlen = 5\nb = f()\ndel len\nc = f()\nr = (a is c, b)",
     "(True, 5)"},
    {"def g():\n    return zz\n__builtins__['zz'] = 1\nx = g()\n__builtins__['zz'] = 2\n"
     "y = g()\ndel __builtins__['zz']\ntry:\n    g()\nexcept NameError as e:\n"
     "    r = (x, y, str(e))",
     "(1, 2, \"name 'zz' is not defined\")"},
    {"try:\n    try:\n        raise ValueError('inner')\n    except ValueError:\n        try:\n"
     "            raise TypeError('t')\n        except TypeError:\n            pass\n"
     "        raise\nexcept ValueError as e:\n    r = repr(e)",
     "\"ValueError('inner')\""},
};

static void
test_eval_results_match_cpython(void **state)
{
    int failures = 0;
    for (size_t i = 0; i < sizeof result_cases / sizeof result_cases[0]; i++) {
        PyObject *g = test_globals();
        PyObject *r = run_source(result_cases[i].src, "<test>", g);
        if (r == NULL) {
            print_error("case %zu raised:\n%s\n", i, result_cases[i].src);
            PyObject *exc = PyErr_GetRaisedException();
            vm_print_exception(exc);
            Py_DECREF(exc);
            failures++;
            Py_DECREF(g);
            continue;
        }
        Py_DECREF(r);
        PyObject *value = PyDict_GetItemString(g, "r");
        PyObject *repr = value != NULL ? PyObject_Repr(value) : NULL;
        if (repr == NULL || strcmp(PyUnicode_AsUTF8(repr), result_cases[i].expected) != 0) {
            print_error("case %zu:\n%s\ngot      %s\nexpected %s\n", i, result_cases[i].src,
                        repr != NULL ? PyUnicode_AsUTF8(repr) : "(nothing)",
                        result_cases[i].expected);
            failures++;
        }
        Py_XDECREF(repr);
        Py_DECREF(g);
    }
    assert_int_equal(failures, 0);
}

// ---- compiled source: errors ------------------------------------------------------------

typedef struct {
    const char *src;
    PyObject **type;
    const char *msg;
} ErrorCase;

static const ErrorCase error_cases[] = {
    {"def f():\n    x\n    x = 1\nf()", &PyExc_UnboundLocalError,
     "cannot access local variable 'x' where it is not associated with a value"},
    {"def f():\n    def g():\n        return x\n    g()\n    x = 1\nf()", &PyExc_NameError,
     "cannot access free variable 'x' where it is not associated with a value in enclosing scope"},
    {"undefined_thing", &PyExc_NameError, "name 'undefined_thing' is not defined"},
    {"def f(a, b): pass\nf(1, 2, 3)", &PyExc_TypeError,
     "f() takes 2 positional arguments but 3 were given"},
    {"def f(a, b, c): pass\nf()", &PyExc_TypeError,
     "f() missing 3 required positional arguments: 'a', 'b', and 'c'"},
    {"def f(a, b): pass\nf(1, a=2)", &PyExc_TypeError, "f() got multiple values for argument 'a'"},
    {"def f(a, b): pass\nf(1, 2, z=3)", &PyExc_TypeError,
     "f() got an unexpected keyword argument 'z'"},
    {"def f(a, /, b): pass\nf(a=1, b=2)", &PyExc_TypeError,
     "f() got some positional-only arguments passed as keyword arguments: 'a'"},
    {"def f(*, k, j): pass\nf()", &PyExc_TypeError,
     "f() missing 2 required keyword-only arguments: 'k' and 'j'"},
    {"def f(a, b=1): pass\nf(1, 2, 3)", &PyExc_TypeError,
     "f() takes from 1 to 2 positional arguments but 3 were given"},
    {"def f(a, *, k=1): pass\nf(1, 2, 3, k=3)", &PyExc_TypeError,
     "f() takes 1 positional argument but 3 positional arguments (and 1 keyword-only argument) "
     "were given"},
    {"def f(): pass\nf(1)", &PyExc_TypeError, "f() takes 0 positional arguments but 1 was given"},
    {"def f(a): pass\nf()", &PyExc_TypeError, "f() missing 1 required positional argument: 'a'"},
    {"def f(**k): pass\nf(**1)", &PyExc_TypeError,
     "__main__.f() argument after ** must be a mapping, not int"},
    {"def f(*a): pass\nf(*1)", &PyExc_TypeError,
     "__main__.f() argument after * must be an iterable, not int"},
    {"def f(**k): pass\nf(x=1, **{'x': 2})", &PyExc_TypeError,
     "__main__.f() got multiple values for keyword argument 'x'"},
    {"a, b = [1, 2, 3]", &PyExc_ValueError, "too many values to unpack (expected 2)"},
    {"a, b = iter([1, 2, 3])", &PyExc_ValueError, "too many values to unpack (expected 2)"},
    {"a, b, c = [1, 2]", &PyExc_ValueError, "not enough values to unpack (expected 3, got 2)"},
    {"a, b = 1", &PyExc_TypeError, "cannot unpack non-iterable int object"},
    {"a, *b, c = [1]", &PyExc_ValueError,
     "not enough values to unpack (expected at least 2, got 1)"},
    {"raise 1", &PyExc_TypeError, "exceptions must derive from BaseException"},
    {"raise", &PyExc_RuntimeError, "No active exception to reraise"},
    {"raise ValueError from 1", &PyExc_TypeError,
     "exception causes must derive from BaseException"},
    {"try:\n    1/0\nexcept 1:\n    pass", &PyExc_TypeError,
     "catching classes that do not inherit from BaseException is not allowed"},
    {"x = [*1]", &PyExc_TypeError, "Value after * must be an iterable, not int"},
    {"x = {**1}", &PyExc_TypeError, "'int' object is not a mapping"},
    {"assert False, 'msg'", &PyExc_AssertionError, "msg"},
    {"assert 1 == 2", &PyExc_AssertionError, ""},
    {"def f():\n    global q\n    del q\nf()", &PyExc_NameError, "name 'q' is not defined"},
    {"del zz", &PyExc_NameError, "name 'zz' is not defined"},
    {"1 // 0", &PyExc_ZeroDivisionError, "integer division or modulo by zero"},
    {"x = 1\nx()", &PyExc_TypeError, "'int' object is not callable"},
    {"1 < 'a'", &PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'"},
};

static void
test_eval_errors_match_cpython(void **state)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        PyObject *g = test_globals();
        PyObject *r = run_source(error_cases[i].src, "<test>", g);
        if (r != NULL)
            fail_msg("case %zu did not raise:\n%s", i, error_cases[i].src);
        PyObject *exc = PyErr_GetRaisedException();
        assert_non_null(exc);
        PyObject *s = PyObject_Str(exc);
        if (!Py_IS_TYPE(exc, (PyTypeObject *)*error_cases[i].type) ||
            strcmp(PyUnicode_AsUTF8(s), error_cases[i].msg) != 0)
            fail_msg("case %zu:\n%s\ngot      %s: %s\nexpected %s: %s", i, error_cases[i].src,
                     Py_TYPE(exc)->tp_name, PyUnicode_AsUTF8(s),
                     ((PyTypeObject *)*error_cases[i].type)->tp_name, error_cases[i].msg);
        Py_DECREF(s);
        Py_DECREF(exc);
        Py_DECREF(g);
    }
}

static void
test_eval_name_error_carries_name(void **state)
{
    PyObject *g = test_globals();
    assert_null(run_source("nope", "<test>", g));
    PyObject *exc = PyErr_GetRaisedException();
    assert_true(Py_IS_TYPE(exc, (PyTypeObject *)PyExc_NameError));
    assert_repr(((PyNameErrorObject *)exc)->name, "'nope'");
    Py_DECREF(exc);
    Py_DECREF(g);
}

// ---- recursion ------------------------------------------------------------------------------

static void
test_eval_infinite_recursion_raises_recursion_error(void **state)
{
    PyObject *g = test_globals();
    assert_null(run_source("def f(n):\n    return f(n + 1)\nf(0)", "<test>", g));
    assert_raised(PyExc_RecursionError, "maximum recursion depth exceeded");
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(g);
}

static void
test_eval_deep_recursion_with_raised_limit_does_not_grow_c_stack(void **state)
{
    RtThreadState *ts = rt_tstate();
    int old = ts->recursion_limit;
    ts->recursion_limit = 200000;
    PyObject *g = test_globals();
    PyObject *r = run_source("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nr = d(100000)",
                             "<test>", g);
    assert_non_null(r);
    Py_DECREF(r);
    assert_repr(PyDict_GetItemString(g, "r"), "100000");
    Py_DECREF(g);
    ts->recursion_limit = old;
}

// ---- calls from C, frames ------------------------------------------------------------------

static void
test_eval_python_function_called_from_c(void **state)
{
    PyObject *g = test_globals();
    PyObject *r = run_source("def f(a, b=10, *, c=100):\n    return a + b + c", "<test>", g);
    Py_DECREF(r);
    PyObject *f = PyDict_GetItemString(g, "f");
    PyObject *args[3] = {PyLong_FromLong(1), PyLong_FromLong(2), PyLong_FromLong(3)};
    PyObject *kwnames = PyTuple_Pack(1, PyUnicode_InternFromString("c"));
    r = rt_call_vector(f, args, 2, kwnames);
    assert_repr(r, "6");
    Py_DECREF(r);
    r = rt_call_vector(f, args, 1, NULL);
    assert_repr(r, "111");
    Py_DECREF(r);
    assert_null(rt_call_vector(f, args, 3, NULL));
    assert_raised(PyExc_TypeError, "f() takes from 1 to 2 positional arguments but 3 were given");
    for (int i = 0; i < 3; i++)
        Py_DECREF(args[i]);
    Py_DECREF(kwnames);
    Py_DECREF(g);
}

static void
test_eval_no_frame_outside_of_code(void **state)
{
    assert_null(vm_eval_get_globals());
    assert_null(vm_getframe(0));
    assert_raised(PyExc_ValueError, "call stack is not deep enough");
    assert_null(vm_exc_info());
}

static void
test_eval_function_repr_and_qualname(void **state)
{
    PyObject *g = test_globals();
    PyObject *r = run_source("def outer():\n    def inner():\n        pass\n    return inner\n"
                             "i = outer()",
                             "<test>", g);
    Py_DECREF(r);
    PyObject *inner = PyDict_GetItemString(g, "i");
    PyObject *repr = PyObject_Repr(inner);
    assert_true(strncmp(PyUnicode_AsUTF8(repr), "<function outer.<locals>.inner at 0x", 36) == 0);
    Py_DECREF(repr);
    Py_DECREF(g);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_eval_assembled_binary_op_returns_sum),
        cmocka_unit_test(test_eval_assembled_loop_counts_down),
        cmocka_unit_test(test_eval_unknown_opcode_raises_system_error),
        cmocka_unit_test(test_eval_results_match_cpython),
        cmocka_unit_test(test_eval_errors_match_cpython),
        cmocka_unit_test(test_eval_name_error_carries_name),
        cmocka_unit_test(test_eval_infinite_recursion_raises_recursion_error),
        cmocka_unit_test(test_eval_deep_recursion_with_raised_limit_does_not_grow_c_stack),
        cmocka_unit_test(test_eval_python_function_called_from_c),
        cmocka_unit_test(test_eval_no_frame_outside_of_code),
        cmocka_unit_test(test_eval_function_repr_and_qualname),
    };
    return cmocka_run_group_tests(tests, vm_test_setup, vm_test_teardown);
}
