// test_bool.c: runtime/objects/bool.c. Expected values and messages come from CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/runtime.h"

static int
setup(void **state)
{
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    rt_runtime_fini();
    return 0;
}

static void
check_repr(PyObject *o, const char *expected)
{
    PyObject *s = PyObject_Repr(o);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), expected);
    Py_DECREF(s);
    s = PyObject_Str(o);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), expected);
    Py_DECREF(s);
}

static void
check_error(PyObject *r, PyObject *type, const char *msg)
{
    assert_null(r);
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *s = PyObject_Str(exc);
    assert_string_equal(PyUnicode_AsUTF8(s), msg);
    Py_DECREF(s);
    Py_DECREF(exc);
}

static void
test_bool_from_long_returns_the_two_singletons(void **state)
{
    assert_ptr_equal(PyBool_FromLong(5), Py_True);
    assert_ptr_equal(PyBool_FromLong(-1), Py_True);
    assert_ptr_equal(PyBool_FromLong(0), Py_False);
    assert_ptr_equal(Py_TYPE(Py_True), &PyBool_Type);
    assert_true(Py_REFCNT(Py_True) >= RT_IMMORTAL_REFCNT / 2);
    check_repr(Py_True, "True");
    check_repr(Py_False, "False");
}

static void
test_bool_is_an_int_subclass_that_cannot_be_subclassed(void **state)
{
    assert_true(PyLong_Check(Py_True));
    assert_false(PyLong_CheckExact(Py_True));
    assert_true(PyBool_Check(Py_False));
    assert_true(PyType_IsSubtype(&PyBool_Type, &PyLong_Type));
    assert_false(PyType_HasFeature(&PyBool_Type, Py_TPFLAGS_BASETYPE));
    assert_true(rt_int_is_small(Py_True));
    assert_int_equal(rt_int_small_value(Py_True), 1);
    assert_int_equal(rt_int_small_value(Py_False), 0);
    assert_int_equal(PyObject_Hash(Py_True), 1);
    assert_int_equal(PyObject_Hash(Py_False), 0);
    assert_int_equal(PyObject_IsTrue(Py_True), 1);
    assert_int_equal(PyObject_IsTrue(Py_False), 0);
}

static void
test_bool_bitwise_ops_between_bools_give_bools(void **state)
{
    PyObject *r = PyNumber_And(Py_True, Py_True);
    assert_ptr_equal(r, Py_True);
    r = PyNumber_Or(Py_True, Py_False);
    assert_ptr_equal(r, Py_True);
    r = PyNumber_Xor(Py_True, Py_True);
    assert_ptr_equal(r, Py_False);
    r = PyNumber_And(Py_False, Py_True);
    assert_ptr_equal(r, Py_False);
    // With an int on either side the result is an int: True & 1 == 1, 3 ^ True == 2.
    PyObject *one = PyLong_FromLong(1), *three = PyLong_FromLong(3);
    r = PyNumber_And(Py_True, one);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(rt_int_small_value(r), 1);
    Py_DECREF(r);
    r = PyNumber_Xor(three, Py_True);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(rt_int_small_value(r), 2);
    Py_DECREF(r);
    Py_DECREF(one);
    Py_DECREF(three);
}

static void
test_bool_arithmetic_is_int_arithmetic(void **state)
{
    PyObject *r = PyNumber_Add(Py_True, Py_True);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(rt_int_small_value(r), 2);
    Py_DECREF(r);
    r = PyNumber_Negative(Py_True);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(rt_int_small_value(r), -1);
    Py_DECREF(r);
    r = PyNumber_Invert(Py_True);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(rt_int_small_value(r), -2);
    Py_DECREF(r);
    r = PyNumber_Positive(Py_False);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(rt_int_small_value(r), 0);
    Py_DECREF(r);
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_RichCompareBool(Py_True, one, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(Py_False, one, Py_LT), 1);
    Py_DECREF(one);
}

static PyObject *
call_bool(PyObject *args, PyObject *kwargs)
{
    PyObject *r = PyObject_Call((PyObject *)&PyBool_Type, args, kwargs);
    Py_DECREF(args);
    return r;
}

static void
test_bool_new_takes_one_positional_argument(void **state)
{
    assert_ptr_equal(call_bool(PyTuple_New(0), NULL), Py_False);
    PyObject *s = PyUnicode_FromString("x"), *e = PyUnicode_FromString("");
    PyObject *zero = PyLong_FromLong(0);
    PyObject *big = PyLong_FromString("100000000000000000000", NULL, 10);
    assert_ptr_equal(call_bool(PyTuple_Pack(1, s), NULL), Py_True);
    assert_ptr_equal(call_bool(PyTuple_Pack(1, e), NULL), Py_False);
    assert_ptr_equal(call_bool(PyTuple_Pack(1, zero), NULL), Py_False);
    assert_ptr_equal(call_bool(PyTuple_Pack(1, big), NULL), Py_True);
    check_error(call_bool(PyTuple_Pack(2, s, s), NULL), PyExc_TypeError,
                "bool expected at most 1 argument, got 2");
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "x", s);
    check_error(call_bool(PyTuple_New(0), kw), PyExc_TypeError,
                "bool() takes no keyword arguments");
    Py_DECREF(kw);
    Py_DECREF(s);
    Py_DECREF(e);
    Py_DECREF(zero);
    Py_DECREF(big);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bool_from_long_returns_the_two_singletons),
        cmocka_unit_test(test_bool_is_an_int_subclass_that_cannot_be_subclassed),
        cmocka_unit_test(test_bool_bitwise_ops_between_bools_give_bools),
        cmocka_unit_test(test_bool_arithmetic_is_int_arithmetic),
        cmocka_unit_test(test_bool_new_takes_one_positional_argument),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
