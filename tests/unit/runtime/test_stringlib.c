// test_stringlib.c: the argument handling shared by the str and bytes methods
// (runtime/objects/stringlib.c): bounds, argument clinic's integer converters and its
// "must be str" message. Messages are CPython 3.11's.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/objects/stringlib.h"

static void
test_stringlib_bounds_clip_like_slices(void **state)
{
    PyObject *sub = PyUnicode_FromString("a"), *m2 = PyLong_FromLong(-2);
    PyObject *args[3] = {sub, m2, Py_None};
    Py_ssize_t start, end;
    assert_int_equal(rt_stringlib_parse_bounds("find", args, 3, 5, &start, &end), 0);
    assert_int_equal(start, 3);
    assert_int_equal(end, 5);
    assert_int_equal(rt_stringlib_parse_bounds("find", args, 0, 5, &start, &end), -1);
    assert_raised(PyExc_TypeError, "find() takes at least 1 argument (0 given)");
    PyObject *bad[2] = {sub, sub};
    assert_int_equal(rt_stringlib_parse_bounds("find", bad, 2, 5, &start, &end), -1);
    assert_raised(PyExc_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
    Py_DECREF(sub);
    Py_DECREF(m2);
}

static void
test_stringlib_integer_converters(void **state)
{
    PyObject *big = PyLong_FromString("1099511627776", NULL, 10); // 2 ** 40
    PyObject *huge = PyLong_FromString("1267650600228229401496703205376", NULL, 10);
    PyObject *f = PyFloat_FromDouble(1.5);
    Py_ssize_t n;
    int i;
    assert_int_equal(rt_stringlib_ssize_arg(big, &n), 0);
    assert_int_equal(n, 1099511627776);
    assert_int_equal(rt_stringlib_int_arg(big, &i), -1);
    assert_raised(PyExc_OverflowError, "Python int too large to convert to C int");
    assert_int_equal(rt_stringlib_ssize_arg(huge, &n), -1);
    assert_raised(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    assert_int_equal(rt_stringlib_int_arg(f, &i), -1);
    assert_raised(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    assert_int_equal(rt_stringlib_int_arg(Py_True, &i), 0);
    assert_int_equal(i, 1);
    Py_DECREF(big);
    Py_DECREF(huge);
    Py_DECREF(f);
}

static void
test_stringlib_str_argument_message(void **state)
{
    PyObject *s = PyUnicode_FromString("x"), *one = PyLong_FromLong(1);
    assert_true(rt_stringlib_check_str_arg("replace", "argument 1", s));
    assert_false(rt_stringlib_check_str_arg("replace", "argument 2", one));
    assert_raised(PyExc_TypeError, "replace() argument 2 must be str, not int");
    assert_false(rt_stringlib_check_str_arg("encode", "argument 'errors'", Py_None));
    assert_raised(PyExc_TypeError, "encode() argument 'errors' must be str, not None");
    Py_DECREF(s);
    Py_DECREF(one);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stringlib_bounds_clip_like_slices),
        cmocka_unit_test(test_stringlib_integer_converters),
        cmocka_unit_test(test_stringlib_str_argument_message),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
