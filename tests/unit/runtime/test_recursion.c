// test_recursion.c: tests of the recursion guard and the C stack limit in runtime/state.c:
// with sys.setrecursionlimit(10**6), repr, comparison and hashing of data nested a million
// deep raise RecursionError (CPython's messages) instead of overflowing the C stack.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tests/unit/testing.h"

#define DEEP 1000000L

static const char repr_msg[] =
    "maximum recursion depth exceeded while getting the repr of an object";

// [[[...[leaf]...]]] nested depth lists deep (leaf stolen).
static PyObject *
nested_lists(long depth, PyObject *leaf)
{
    PyObject *o = leaf;
    for (long i = 0; i < depth; i++) {
        PyObject *l = PyList_New(1);
        assert_non_null(l);
        PyList_SET_ITEM(l, 0, o);
        o = l;
    }
    return o;
}

// ((...(leaf,)...),) nested depth tuples deep (leaf stolen).
static PyObject *
nested_tuples(long depth, PyObject *leaf)
{
    PyObject *o = leaf;
    for (long i = 0; i < depth; i++) {
        PyObject *t = PyTuple_New(1);
        assert_non_null(t);
        PyTuple_SET_ITEM(t, 0, o);
        o = t;
    }
    return o;
}

// Run with sys.setrecursionlimit(10**6), as the tests that must hit the C stack's end do.
static int
high_limit(void **state)
{
    (void)state;
    rt_tstate()->recursion_limit = 1000000;
    return 0;
}

static int
default_limit(void **state)
{
    (void)state;
    rt_tstate()->recursion_limit = 1000;
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    return 0;
}

static void
test_recursion_repr_of_million_deep_list_raises_with_high_limit(void **state)
{
    PyObject *l = nested_lists(DEEP, PyList_New(0));
    assert_null(PyObject_Repr(l));
    assert_raised(PyExc_RecursionError, repr_msg);
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(l);
}

static void
test_recursion_str_of_million_deep_dict_raises_with_high_limit(void **state)
{
    PyObject *d = PyDict_New();
    for (long i = 0; i < DEEP; i++) {
        PyObject *outer = PyDict_New();
        assert_int_equal(PyDict_SetItemString(outer, "k", d), 0);
        Py_DECREF(d);
        d = outer;
    }
    // python3: str() of a deep dict reports the repr, as dict has no __str__ of its own.
    assert_null(PyObject_Str(d));
    assert_raised(PyExc_RecursionError, repr_msg);
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(d);
}

static void
test_recursion_compare_of_million_deep_lists_raises_with_high_limit(void **state)
{
    PyObject *a = nested_lists(DEEP, PyLong_FromLong(1));
    PyObject *b = nested_lists(DEEP, PyLong_FromLong(1));
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), -1);
    assert_raised(PyExc_RecursionError, "maximum recursion depth exceeded in comparison");
    assert_null(PyObject_RichCompare(a, b, Py_LT));
    assert_raised(PyExc_RecursionError, "maximum recursion depth exceeded in comparison");
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_recursion_hash_of_million_deep_tuple_raises_instead_of_crashing(void **state)
{
    PyObject *t = nested_tuples(DEEP, PyLong_FromLong(1));
    assert_int_equal(PyObject_Hash(t), -1);
    assert_raised(PyExc_RecursionError,
                  "maximum recursion depth exceeded while getting the hash of an object");
    Py_DECREF(t);
}

static void
test_recursion_hash_of_5000_deep_tuple_ignores_the_limit(void **state)
{
    // python3: t = (); for i in range(5000): t = (t,) -> hash(t) == -6124369961478365265,
    // with the default recursion limit: hashing counts no depth.
    PyObject *t = nested_tuples(5000, PyTuple_New(0));
    assert_int_equal(PyObject_Hash(t), -6124369961478365265LL);
    Py_DECREF(t);
}

static void
test_recursion_default_limit_stops_repr_of_2000_deep_list(void **state)
{
    PyObject *l = nested_lists(2000, PyList_New(0));
    assert_null(PyObject_Repr(l));
    assert_raised(PyExc_RecursionError, repr_msg);
    assert_int_equal(rt_tstate()->recursion_depth, 0);
    Py_DECREF(l);
    l = nested_lists(3, PyList_New(0));
    assert_repr(l, "[[[[]]]]");
    Py_DECREF(l);
}

static void
test_recursion_c_stack_limit_lies_below_the_running_frame(void **state)
{
    char *limit = rt_tstate()->c_stack_limit;
    char *here = __builtin_frame_address(0);
    assert_non_null(limit);
    assert_true(limit < here);
    assert_false(rt_state_c_stack_low(rt_tstate()));
    assert_int_equal(rt_state_check_c_stack(""), 0);
}

static void
test_recursion_low_c_stack_raises_even_when_shallow(void **state)
{
    RtThreadState *ts = rt_tstate();
    char *saved = ts->c_stack_limit;
    ts->c_stack_limit = (char *)__builtin_frame_address(0) + 65536; // pretend the stack is gone
    int entered = Py_EnterRecursiveCall(" in comparison");
    int checked = rt_state_check_c_stack(" while getting the hash of an object");
    ts->c_stack_limit = saved; // before the message is read: str() checks the stack too
    assert_int_equal(entered, -1);
    assert_int_equal(checked, -1);
    assert_raised(PyExc_RecursionError,
                  "maximum recursion depth exceeded while getting the hash of an object");
    assert_int_equal(ts->recursion_depth, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(
            test_recursion_repr_of_million_deep_list_raises_with_high_limit, high_limit,
            default_limit),
        cmocka_unit_test_setup_teardown(
            test_recursion_str_of_million_deep_dict_raises_with_high_limit, high_limit,
            default_limit),
        cmocka_unit_test_setup_teardown(
            test_recursion_compare_of_million_deep_lists_raises_with_high_limit, high_limit,
            default_limit),
        cmocka_unit_test_setup_teardown(
            test_recursion_hash_of_million_deep_tuple_raises_instead_of_crashing, high_limit,
            default_limit),
        cmocka_unit_test(test_recursion_hash_of_5000_deep_tuple_ignores_the_limit),
        cmocka_unit_test(test_recursion_default_limit_stops_repr_of_2000_deep_list),
        cmocka_unit_test(test_recursion_c_stack_limit_lies_below_the_running_frame),
        cmocka_unit_test(test_recursion_low_c_stack_raises_even_when_shallow),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
