// test_abstract.c: the generic protocols of runtime/abstract.c and runtime/number.c:
// operator dispatch, comparison fallbacks, truth, items, iteration, and their TypeErrors.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"

static PyObject *
num(long v)
{
    return PyLong_FromLong(v);
}

static void
test_number_mixed_int_float_uses_float_slot(void **state)
{
    PyObject *i = num(1), *f = PyFloat_FromDouble(0.5);
    PyObject *r = PyNumber_Add(i, f);
    assert_repr(r, "1.5");
    Py_DECREF(r);
    r = PyNumber_Subtract(f, i);
    assert_repr(r, "-0.5");
    Py_DECREF(r);
    Py_DECREF(i);
    Py_DECREF(f);
}

static void
test_number_unsupported_operands_name_both_types(void **state)
{
    PyObject *i = num(1), *s = PyUnicode_FromString("a"), *three = num(3);
    assert_null(PyNumber_Add(i, s));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    assert_null(PyNumber_Power(i, s, three));
    assert_raised(PyExc_TypeError,
                  "unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'");
    assert_null(PyNumber_Negative(s));
    assert_raised(PyExc_TypeError, "bad operand type for unary -: 'str'");
    assert_null(PyNumber_Absolute(s));
    assert_raised(PyExc_TypeError, "bad operand type for abs(): 'str'");
    assert_null(PyNumber_InPlaceMatrixMultiply(i, three));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for @=: 'int' and 'int'");
    Py_DECREF(i);
    Py_DECREF(s);
    Py_DECREF(three);
}

static void
test_number_sequences_concat_and_repeat_from_either_side(void **state)
{
    PyObject *s = PyUnicode_FromString("ab"), *t = PyUnicode_FromString("c"), *n = num(3);
    PyObject *r = PyNumber_Add(s, t);
    assert_repr(r, "'abc'");
    Py_DECREF(r);
    r = PyNumber_Multiply(n, s);
    assert_repr(r, "'ababab'");
    Py_DECREF(r);
    r = PyNumber_Multiply(s, n);
    assert_repr(r, "'ababab'");
    Py_DECREF(r);
    assert_null(PyNumber_Multiply(s, t));
    assert_raised(PyExc_TypeError, "can't multiply sequence by non-int of type 'str'");
    Py_DECREF(s);
    Py_DECREF(t);
    Py_DECREF(n);
}

static void
test_number_inplace_add_extends_lists_in_place(void **state)
{
    PyObject *l = PyList_New(0), *t = PyTuple_Pack(1, Py_None);
    PyObject *r = PyNumber_InPlaceAdd(l, t);
    assert_ptr_equal(r, l);
    assert_repr(l, "[None]");
    Py_DECREF(r);
    Py_DECREF(l);
    Py_DECREF(t);
}

static void
test_number_index_conversions(void **state)
{
    PyObject *big = PyLong_FromString("100000000000000000000000", NULL, 10);
    assert_int_equal(PyNumber_AsSsize_t(big, NULL), PY_SSIZE_T_MAX);
    assert_int_equal(PyNumber_AsSsize_t(big, PyExc_IndexError), -1);
    assert_raised(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
    PyObject *f = PyFloat_FromDouble(1.0);
    assert_null(PyNumber_Index(f));
    assert_raised(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    PyObject *t = PyNumber_Long(f);
    assert_repr(t, "1");
    Py_DECREF(t);
    Py_DECREF(f);
    Py_DECREF(big);
}

static void
test_compare_orders_raise_for_unrelated_types(void **state)
{
    PyObject *l = PyList_New(0), *i = num(1);
    assert_null(PyObject_RichCompare(l, i, Py_LT));
    assert_raised(PyExc_TypeError, "'<' not supported between instances of 'list' and 'int'");
    // == and != fall back to identity.
    assert_int_equal(PyObject_RichCompareBool(l, i, Py_EQ), 0);
    assert_int_equal(PyObject_RichCompareBool(l, i, Py_NE), 1);
    Py_DECREF(l);
    Py_DECREF(i);
}

static void
test_compare_reflects_to_the_other_operand(void **state)
{
    PyObject *i = num(2), *f = PyFloat_FromDouble(2.5);
    assert_int_equal(PyObject_RichCompareBool(i, f, Py_LT), 1); // float's slot, reflected
    assert_int_equal(PyObject_RichCompareBool(f, i, Py_LT), 0);
    Py_DECREF(i);
    Py_DECREF(f);
}

static void
test_truth_uses_bool_then_length(void **state)
{
    PyObject *zero = num(0), *empty = PyList_New(0), *d = PyDict_New();
    assert_int_equal(PyObject_IsTrue(zero), 0);
    assert_int_equal(PyObject_IsTrue(empty), 0);
    assert_int_equal(PyObject_IsTrue(d), 0);
    assert_int_equal(PyObject_IsTrue(Py_None), 0);
    assert_int_equal(PyObject_IsTrue((PyObject *)&PyLong_Type), 1);
    PyList_Append(empty, zero);
    assert_int_equal(PyObject_IsTrue(empty), 1);
    assert_int_equal(PyObject_Not(empty), 0);
    Py_DECREF(zero);
    Py_DECREF(empty);
    Py_DECREF(d);
}

static void
test_items_errors_name_the_type(void **state)
{
    PyObject *i = num(5), *zero = num(0), *t = PyTuple_Pack(1, i);
    assert_int_equal(PyObject_Size(i), -1);
    assert_raised(PyExc_TypeError, "object of type 'int' has no len()");
    assert_null(PyObject_GetItem(i, zero));
    assert_raised(PyExc_TypeError, "'int' object is not subscriptable");
    assert_int_equal(PyObject_DelItem(t, zero), -1);
    assert_raised(PyExc_TypeError, "'tuple' object doesn't support item deletion");
    assert_int_equal(PyObject_SetItem(t, zero, i), -1);
    assert_raised(PyExc_TypeError, "'tuple' object does not support item assignment");
    assert_null(PyObject_GetIter(i));
    assert_raised(PyExc_TypeError, "'int' object is not iterable");
    assert_int_equal(PySequence_Contains(i, i), -1);
    assert_raised(PyExc_TypeError, "argument of type 'int' is not iterable");
    assert_null(PyObject_CallNoArgs(i));
    assert_raised(PyExc_TypeError, "'int' object is not callable");
    Py_DECREF(i);
    Py_DECREF(zero);
    Py_DECREF(t);
}

static void
test_iteration_and_sequence_conversion(void **state)
{
    PyObject *s = PyUnicode_FromString("abc");
    PyObject *t = PySequence_Tuple(s);
    assert_repr(t, "('a', 'b', 'c')");
    PyObject *l = PySequence_List(t);
    assert_repr(l, "['a', 'b', 'c']");
    PyObject *it = PyObject_GetIter(l);
    Py_ssize_t n = 0;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        n++;
        Py_DECREF(item);
    }
    assert_null(PyErr_Occurred());
    assert_int_equal(n, 3);
    Py_DECREF(it);
    Py_DECREF(l);
    Py_DECREF(t);
    Py_DECREF(s);
}

static void
test_unpack_tuple_reports_argument_counts(void **state)
{
    PyObject *args = PyTuple_New(0), *a = NULL, *b = NULL;
    assert_int_equal(PyArg_UnpackTuple(args, "slice", 1, 3, &a, &b), 0);
    assert_raised(PyExc_TypeError, "slice expected at least 1 argument, got 0");
    Py_DECREF(args);
    args = PyTuple_Pack(3, Py_None, Py_None, Py_None);
    assert_int_equal(PyArg_UnpackTuple(args, "f", 1, 2, &a, &b), 0);
    assert_raised(PyExc_TypeError, "f expected at most 2 arguments, got 3");
    Py_DECREF(args);
    args = PyTuple_Pack(1, Py_True);
    assert_int_equal(PyArg_UnpackTuple(args, "f", 1, 2, &a, &b), 1);
    assert_ptr_equal(a, Py_True);
    Py_DECREF(args);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_mixed_int_float_uses_float_slot),
        cmocka_unit_test(test_number_unsupported_operands_name_both_types),
        cmocka_unit_test(test_number_sequences_concat_and_repeat_from_either_side),
        cmocka_unit_test(test_number_inplace_add_extends_lists_in_place),
        cmocka_unit_test(test_number_index_conversions),
        cmocka_unit_test(test_compare_orders_raise_for_unrelated_types),
        cmocka_unit_test(test_compare_reflects_to_the_other_operand),
        cmocka_unit_test(test_truth_uses_bool_then_length),
        cmocka_unit_test(test_items_errors_name_the_type),
        cmocka_unit_test(test_iteration_and_sequence_conversion),
        cmocka_unit_test(test_unpack_tuple_reports_argument_counts),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
