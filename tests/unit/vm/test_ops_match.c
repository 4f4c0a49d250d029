// test_ops_match.c: vm/ops_match.c called directly: which subjects MATCH_SEQUENCE and
// MATCH_MAPPING accept, MATCH_KEYS's lookups through `get`, and MATCH_CLASS's attribute
// tuples and errors. Expected values and messages come from CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tests/unit/vm/vm_testing.h"
#include "vm/ops.h"

// Classes the tests match against, defined once in the suite's namespace.
static const char classes_src[] = "class MyList(list): pass\n"
                                  "class Base: pass\n"
                                  "class Mixed(Base, MyList): pass\n"
                                  "class MyDict(dict): pass\n"
                                  "class Duck:\n"
                                  "    def __len__(self): return 0\n"
                                  "    def __getitem__(self, i): raise IndexError\n"
                                  "class Point:\n"
                                  "    __match_args__ = ('x', 'y')\n"
                                  "    def __init__(self, x, y): self.x = x; self.y = y\n"
                                  "class Twice:\n"
                                  "    __match_args__ = ('x', 'x')\n"
                                  "    x = 1\n"
                                  "class ListArgs:\n"
                                  "    __match_args__ = ['x']\n"
                                  "class Plain: pass\n"
                                  "class MyInt(int): pass\n"
                                  "class Always(dict):\n"
                                  "    def get(self, key, default=None): return key * 2\n"
                                  "class Defaulting(dict):\n"
                                  "    def __missing__(self, key): return 'missing'\n";

static int
setup(void **state)
{
    char err[256];
    if (vm_test_builtins_setup() < 0)
        return -1;
    if (vm_test_execute(classes_src, err, sizeof err) < 0) {
        print_error("%s\n", err);
        return -1;
    }
    return 0;
}

// eval(expr) in the suite's namespace: a new reference (the test fails on an error).
static PyObject *
eval(const char *expr)
{
    PyCodeObject *co = fe_compile_source(expr, (Py_ssize_t)strlen(expr), "<test>", MOD_EXPRESSION);
    PyObject *r = co ? vm_eval_code(co, vm_test_globals, vm_test_globals) : NULL;
    Py_XDECREF(co);
    if (r == NULL) {
        PyErr_Print();
        fail();
    }
    return r;
}

static int
kind_of(int (*test)(PyObject *), const char *expr)
{
    PyObject *v = eval(expr);
    int r = test(v);
    Py_DECREF(v);
    return r;
}

static void
test_ops_match_sequence_accepts_lists_tuples_ranges_and_their_subclasses(void **state)
{
    static const char *const yes[] = {"[]", "(1,)", "range(3)", "MyList()", "Mixed()"};
    static const char *const no[] = {"'ab'",   "b'ab'",    "{}",       "set()",
                                     "Duck()", "iter([])", "MyDict()", "1"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        assert_true(kind_of(vm_match_sequence, yes[i]));
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        assert_false(kind_of(vm_match_sequence, no[i]));
}

static void
test_ops_match_mapping_accepts_dicts_and_subclasses_only(void **state)
{
    assert_true(kind_of(vm_match_mapping, "{}"));
    assert_true(kind_of(vm_match_mapping, "MyDict(a=1)"));
    assert_true(kind_of(vm_match_mapping, "Plain.__dict__"));
    assert_false(kind_of(vm_match_mapping, "[('a', 1)]"));
    assert_false(kind_of(vm_match_mapping, "Point(1, 2)"));
    assert_false(kind_of(vm_match_mapping, "MyList()"));
}

// repr(vm_match_keys(eval(map), eval(keys))), or "Type: message".
static void
expect_keys(const char *map, const char *keys, const char *expected)
{
    PyObject *m = eval(map), *k = eval(keys);
    PyObject *r = vm_match_keys(m, k);
    char got[256];
    if (r == NULL) {
        vm_test_describe_error(got, sizeof got);
        assert_string_equal(got, expected);
    } else {
        assert_repr(r, expected);
        Py_DECREF(r);
    }
    Py_DECREF(m);
    Py_DECREF(k);
}

static void
test_ops_match_keys_values_none_and_duplicates(void **state)
{
    expect_keys("{'a': 1, 'b': 2}", "('b', 'a')", "(2, 1)");
    expect_keys("{'a': 1}", "('a', 'z')", "None");
    expect_keys("{'a': 1}", "()", "()");
    expect_keys("{'a': None}", "('a',)", "(None,)");
    expect_keys("{1: 'x'}", "(1, 1.0)", "ValueError: mapping pattern checks duplicate key (1.0)");
    expect_keys("{1: 'x'}", "([1],)", "TypeError: unhashable type: 'list'");
}

static void
test_ops_match_keys_go_through_get_not_missing(void **state)
{
    expect_keys("Always()", "('ab', 'c')", "('abab', 'cc')");
    expect_keys("Defaulting(a=0)", "('a', 'b')", "None");
}

// repr(vm_match_class(eval(subject), eval(cls), nargs, eval(kwnames))), or "Type: message".
static void
expect_class(const char *subject, const char *cls, Py_ssize_t nargs, const char *kwnames,
             const char *expected)
{
    PyObject *s = eval(subject), *c = eval(cls), *k = eval(kwnames);
    PyObject *r = vm_match_class(s, c, nargs, k);
    char got[256];
    if (r == NULL) {
        vm_test_describe_error(got, sizeof got);
        assert_string_equal(got, expected);
    } else {
        assert_repr(r, expected);
        Py_DECREF(r);
    }
    Py_DECREF(s);
    Py_DECREF(c);
    Py_DECREF(k);
}

static void
test_ops_match_class_positional_and_keyword_attributes(void **state)
{
    expect_class("Point(1, 2)", "Point", 2, "()", "(1, 2)");
    expect_class("Point(1, 2)", "Point", 1, "('y',)", "(1, 2)");
    expect_class("Point(1, 2)", "Point", 0, "('y', 'x')", "(2, 1)");
    expect_class("Point(1, 2)", "Point", 0, "('z',)", "None");
    expect_class("Point(1, 2)", "Point", 0, "()", "()");
    expect_class("3", "Point", 2, "()", "None");
    expect_class("Point(1, 2)", "object", 0, "('x',)", "(1,)");
}

static void
test_ops_match_class_self_matching_builtins(void **state)
{
    expect_class("5", "int", 1, "()", "(5,)");
    expect_class("True", "int", 1, "()", "(True,)");
    expect_class("MyInt(7)", "MyInt", 1, "('real',)", "(7, 7)");
    expect_class("'s'", "str", 1, "()", "('s',)");
    expect_class("[1]", "MyList", 1, "()", "None");
    expect_class("MyList([1])", "list", 1, "()", "([1],)");
    expect_class("5", "int", 2, "()",
                 "TypeError: int() accepts 1 positional sub-pattern (2 given)");
}

static void
test_ops_match_class_errors(void **state)
{
    expect_class("1", "len", 0, "()", "TypeError: called match pattern must be a type");
    expect_class("ListArgs()", "ListArgs", 1, "()",
                 "TypeError: ListArgs.__match_args__ must be a tuple (got list)");
    expect_class("Plain()", "Plain", 1, "()",
                 "TypeError: Plain() accepts 0 positional sub-patterns (1 given)");
    expect_class("Point(1, 2)", "Point", 3, "()",
                 "TypeError: Point() accepts 2 positional sub-patterns (3 given)");
    expect_class("Twice()", "Twice", 2, "()",
                 "TypeError: Twice() got multiple sub-patterns for attribute 'x'");
    expect_class("Point(1, 2)", "Point", 1, "('x',)",
                 "TypeError: Point() got multiple sub-patterns for attribute 'x'");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ops_match_sequence_accepts_lists_tuples_ranges_and_their_subclasses),
        cmocka_unit_test(test_ops_match_mapping_accepts_dicts_and_subclasses_only),
        cmocka_unit_test(test_ops_match_keys_values_none_and_duplicates),
        cmocka_unit_test(test_ops_match_keys_go_through_get_not_missing),
        cmocka_unit_test(test_ops_match_class_positional_and_keyword_attributes),
        cmocka_unit_test(test_ops_match_class_self_matching_builtins),
        cmocka_unit_test(test_ops_match_class_errors),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
