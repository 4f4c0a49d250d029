// test_traceback.c: vm/traceback.c and vm/traceback_print.c: the traceback entries that
// unwinding records and the text printed for uncaught exceptions. Each program is written
// to a file so the source lines can be shown; the expected text is what CPython 3.11
// printed for the same file at the same path.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>
#include "tests/unit/vm/vm_testing.h"
#include "vm/traceback.h"

#define DIR "/tmp/krait_vm_tb"

// Write src to DIR/name, run it, and return what vm_print_exception_to printed.
static char *
run_and_print(const char *name, const char *src)
{
    char path[256];
    snprintf(path, sizeof path, DIR "/%s", name);
    mkdir(DIR, 0755);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(src, fp);
    fclose(fp);
    PyObject *g = test_globals();
    PyObject *r = run_source(src, path, g);
    assert_null(r);
    PyObject *exc = PyErr_GetRaisedException();
    assert_non_null(exc);
    FILE *out = tmpfile();
    vm_print_exception_to(exc, out);
    long size = ftell(out);
    rewind(out);
    char *text = calloc(1, (size_t)size + 1);
    fread(text, 1, (size_t)size, out);
    fclose(out);
    Py_DECREF(exc);
    Py_DECREF(g);
    assert_null(PyErr_Occurred());
    return text;
}

static void
check(const char *name, const char *src, const char *expected)
{
    char *text = run_and_print(name, src);
    assert_string_equal(text, expected);
    free(text);
}

static void
test_traceback_binop_carets_in_called_function(void **state)
{
    check("tb1.py",
          "def add(a, b):\n    return a + b\n\ndef main():\n    x = 1\n    return add(x, \"s\")\n\n"
          "main()\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb1.py\", line 8, in <module>\n"
          "    main()\n"
          "  File \"" DIR "/tb1.py\", line 6, in main\n"
          "    return add(x, \"s\")\n"
          "           ^^^^^^^^^^^\n"
          "  File \"" DIR "/tb1.py\", line 2, in add\n"
          "    return a + b\n"
          "           ~~^~~\n"
          "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
}

static void
test_traceback_context_chain_with_subscript_carets(void **state)
{
    check("tb2.py", "d = {}\ntry:\n    d[\"missing\"]\nexcept KeyError:\n    1 / 0\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb2.py\", line 3, in <module>\n"
          "    d[\"missing\"]\n"
          "    ~^^^^^^^^^^^\n"
          "KeyError: 'missing'\n"
          "\n"
          "During handling of the above exception, another exception occurred:\n"
          "\n"
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb2.py\", line 5, in <module>\n"
          "    1 / 0\n"
          "    ~~^~~\n"
          "ZeroDivisionError: division by zero\n");
}

static void
test_traceback_cause_chain(void **state)
{
    check("tb3.py",
          "def f():\n    raise ValueError(\"bad\")\ntry:\n    f()\nexcept ValueError as e:\n"
          "    raise RuntimeError(\"wrapped\") from e\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb3.py\", line 4, in <module>\n"
          "    f()\n"
          "  File \"" DIR "/tb3.py\", line 2, in f\n"
          "    raise ValueError(\"bad\")\n"
          "ValueError: bad\n"
          "\n"
          "The above exception was the direct cause of the following exception:\n"
          "\n"
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb3.py\", line 6, in <module>\n"
          "    raise RuntimeError(\"wrapped\") from e\n"
          "RuntimeError: wrapped\n");
}

static void
test_traceback_recursion_collapses_repeated_lines(void **state)
{
    check("tb4.py", "def f(n):\n    return f(n + 1)\nf(0)\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb4.py\", line 3, in <module>\n"
          "    f(0)\n"
          "  File \"" DIR "/tb4.py\", line 2, in f\n"
          "    return f(n + 1)\n"
          "           ^^^^^^^^\n"
          "  File \"" DIR "/tb4.py\", line 2, in f\n"
          "    return f(n + 1)\n"
          "           ^^^^^^^^\n"
          "  File \"" DIR "/tb4.py\", line 2, in f\n"
          "    return f(n + 1)\n"
          "           ^^^^^^^^\n"
          "  [Previous line repeated 996 more times]\n"
          "RecursionError: maximum recursion depth exceeded\n");
}

static void
test_traceback_name_error_suggests_close_global(void **state)
{
    check("tb5.py", "value = 1\nprint_it = valeu\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb5.py\", line 2, in <module>\n"
          "    print_it = valeu\n"
          "               ^^^^^\n"
          "NameError: name 'valeu' is not defined. Did you mean: 'value'?\n");
}

static void
test_traceback_whole_line_has_no_carets(void **state)
{
    check("tb6.py", "def g():\n    raise TypeError(\"x\")\ng()\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb6.py\", line 3, in <module>\n"
          "    g()\n"
          "  File \"" DIR "/tb6.py\", line 2, in g\n"
          "    raise TypeError(\"x\")\n"
          "TypeError: x\n");
}

static void
test_traceback_through_finally(void **state)
{
    check("tb7.py",
          "def outer():\n    items = [1, 2]\n    return items[5]\ntry:\n    outer()\nfinally:\n"
          "    pass\n",
          "Traceback (most recent call last):\n"
          "  File \"" DIR "/tb7.py\", line 5, in <module>\n"
          "    outer()\n"
          "  File \"" DIR "/tb7.py\", line 3, in outer\n"
          "    return items[5]\n"
          "           ~~~~~^^^\n"
          "IndexError: list index out of range\n");
}

static void
test_traceback_entries_have_frames_and_lines(void **state)
{
    PyObject *g = test_globals();
    assert_null(run_source("def f():\n    return 1 // 0\nf()\n", "<test>", g));
    PyObject *exc = PyErr_GetRaisedException();
    PyTracebackObject *tb = (PyTracebackObject *)((PyBaseExceptionObject *)exc)->traceback;
    assert_non_null(tb);
    assert_true(PyTraceBack_Check(tb));
    assert_int_equal(vm_traceback_lineno(tb), 3);
    assert_non_null(tb->tb_next);
    assert_int_equal(vm_traceback_lineno(tb->tb_next), 2);
    assert_null(tb->tb_next->tb_next);
    PyObject *name = PyFrame_GetCode(tb->tb_next->tb_frame)->co_name;
    assert_repr(name, "'f'");
    // The finished frame still knows its caller and its line.
    PyFrameObject *back = PyFrame_GetBack(tb->tb_next->tb_frame);
    assert_ptr_equal(back, tb->tb_frame);
    Py_DECREF(back);
    assert_int_equal(PyFrame_GetLineNumber(tb->tb_next->tb_frame), 2);
    Py_DECREF(exc);
    Py_DECREF(g);
}

// The arguments of SyntaxError(msg, ("<string>", lineno, offset, text, end_lineno,
// end_offset)).
static PyObject *
syntax_error_args(const char *msg, long lineno, long offset, const char *text, long end_lineno,
                  long end_offset)
{
    PyObject *details = PyTuple_New(6);
    PyTuple_SET_ITEM(details, 0, PyUnicode_FromString("<string>"));
    PyTuple_SET_ITEM(details, 1, PyLong_FromLong(lineno));
    PyTuple_SET_ITEM(details, 2, PyLong_FromLong(offset));
    PyTuple_SET_ITEM(details, 3, PyUnicode_FromString(text));
    PyTuple_SET_ITEM(details, 4, PyLong_FromLong(end_lineno));
    PyTuple_SET_ITEM(details, 5, PyLong_FromLong(end_offset));
    PyObject *args = PyTuple_New(2);
    PyTuple_SET_ITEM(args, 0, PyUnicode_FromString(msg));
    PyTuple_SET_ITEM(args, 1, details);
    return args;
}

// A SyntaxError built as the compiler raises it, printed without a traceback.
static char *
print_syntax_error(PyObject *type, const char *msg, long lineno, long offset, const char *text,
                   long end_lineno, long end_offset)
{
    PyObject *args = syntax_error_args(msg, lineno, offset, text, end_lineno, end_offset);
    PyObject *exc = PyObject_Call(type, args, NULL);
    Py_DECREF(args);
    assert_non_null(exc);
    FILE *out = tmpfile();
    vm_print_exception_to(exc, out);
    long size = ftell(out);
    rewind(out);
    char *s = calloc(1, (size_t)size + 1);
    fread(s, 1, (size_t)size, out);
    fclose(out);
    Py_DECREF(exc);
    return s;
}

static void
test_traceback_syntax_error_layout(void **state)
{
    char *s =
        print_syntax_error(PyExc_SyntaxError, "'(' was never closed", 1, 5, "x = (1,\n", 1, 0);
    assert_string_equal(s, "  File \"<string>\", line 1\n"
                           "    x = (1,\n"
                           "        ^\n"
                           "SyntaxError: '(' was never closed\n");
    free(s);
    s = print_syntax_error(PyExc_SyntaxError, "invalid syntax", 1, 3, "a b\n", 1, 4);
    assert_string_equal(s, "  File \"<string>\", line 1\n"
                           "    a b\n"
                           "      ^\n"
                           "SyntaxError: invalid syntax\n");
    free(s);
    s = print_syntax_error(PyExc_SyntaxError,
                           "iterable argument unpacking follows keyword argument unpacking", 1, 8,
                           "f(**x, *y)\n", 1, 9);
    assert_string_equal(s, "  File \"<string>\", line 1\n"
                           "    f(**x, *y)\n"
                           "           ^\n"
                           "SyntaxError: iterable argument unpacking follows keyword argument "
                           "unpacking\n");
    free(s);
}

static void
test_traceback_indentation_error_without_caret(void **state)
{
    char *s =
        print_syntax_error(PyExc_IndentationError, "unexpected indent", 1, 2, "  x = 1\n", 1, -1);
    assert_string_equal(s, "  File \"<string>\", line 1\n"
                           "    x = 1\n"
                           "IndentationError: unexpected indent\n");
    free(s);
    s = print_syntax_error(PyExc_IndentationError,
                           "expected an indented block after 'if' statement on line 1", 2, 1,
                           "foo()\n", 2, 4);
    assert_string_equal(s, "  File \"<string>\", line 2\n"
                           "    foo()\n"
                           "    ^\n"
                           "IndentationError: expected an indented block after 'if' statement on "
                           "line 1\n");
    free(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_traceback_binop_carets_in_called_function),
        cmocka_unit_test(test_traceback_context_chain_with_subscript_carets),
        cmocka_unit_test(test_traceback_cause_chain),
        cmocka_unit_test(test_traceback_recursion_collapses_repeated_lines),
        cmocka_unit_test(test_traceback_name_error_suggests_close_global),
        cmocka_unit_test(test_traceback_whole_line_has_no_carets),
        cmocka_unit_test(test_traceback_through_finally),
        cmocka_unit_test(test_traceback_entries_have_frames_and_lines),
        cmocka_unit_test(test_traceback_syntax_error_layout),
        cmocka_unit_test(test_traceback_indentation_error_without_caret),
    };
    return cmocka_run_group_tests(tests, vm_test_setup, vm_test_teardown);
}
