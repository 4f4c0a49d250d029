// test_slice.c: tests of runtime/objects/slice.c (slices and Ellipsis). Expected values were
// printed by CPython 3.11: the index table by a python3 script from slice(...).indices(n) and
// len(range(n)[slice(...)]) over hand-picked and random (seeded) cases.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"

// ---- helpers -------------------------------------------------------------------------------

static PyObject *
int_of(const char *decimal)
{
    PyObject *o = PyLong_FromString(decimal, NULL, 10);
    assert_non_null(o);
    return o;
}

static PyObject *
maybe_int(const char *decimal)
{
    return decimal == NULL ? NULL : int_of(decimal);
}

// slice(start, stop, step) from decimal strings (NULL: None).
static PyObject *
slice_of(const char *start, const char *stop, const char *step)
{
    PyObject *a = maybe_int(start), *b = maybe_int(stop), *c = maybe_int(step);
    PyObject *s = PySlice_New(a, b, c);
    assert_non_null(s);
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return s;
}

static void
assert_str_steal(PyObject *s, const char *expected)
{
    assert_non_null(s);
    assert_true(PyUnicode_Check(s));
    assert_string_equal(PyUnicode_AsUTF8(s), expected);
    Py_DECREF(s);
}

static void
assert_error(PyObject *type, const char *msg)
{
    assert_non_null(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    assert_str_steal(PyObject_Str(exc), msg);
    Py_DECREF(exc);
}

// A tuple of n new references (stolen).
static PyObject *
tuple_steal(Py_ssize_t n, ...)
{
    va_list va;
    va_start(va, n);
    PyObject *t = PyTuple_New(n);
    assert_non_null(t);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = va_arg(va, PyObject *);
        assert_non_null(o);
        PyTuple_SET_ITEM(t, i, o);
    }
    va_end(va);
    return t;
}

// type(*args, **kwargs); args and kwargs are stolen (NULL: none).
static PyObject *
call_type(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (args == NULL)
        args = PyTuple_New(0);
    PyObject *r = PyObject_Call((PyObject *)type, args, kwargs);
    Py_DECREF(args);
    Py_XDECREF(kwargs);
    return r;
}

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

// ---- index arithmetic --------------------------------------------------------------------

// start, stop, step (decimal strings, NULL = None), length; then what CPython gives:
// slice.indices(length)[0:2], the step clamped as PySlice_Unpack clamps it,
// len(range(length)[slice]) and repr(slice.indices(length)).
static const struct {
    const char *start, *stop, *step;
    Py_ssize_t length, start_out, stop_out, step_out, slicelength;
    const char *indices;
} index_cases[] = {
    {"-1", "-11", "-1", 10, 9, -1, -1, 10, "(9, -1, -1)"},
    {"-1", "-2", "2", 0, 0, 0, 2, 0, "(0, 0, 2)"},
    {"-1", "-2", NULL, 5, 4, 3, 1, 0, "(4, 3, 1)"},
    {"-1", "-5", "1", 0, 0, 0, 1, 0, "(0, 0, 1)"},
    {"-1", "100", NULL, 17, 16, 17, 1, 1, "(16, 17, 1)"},
    {"-1", NULL, "3", 1, 0, 1, 3, 1, "(0, 1, 3)"},
    {"-10", "-11", "3", 0, 0, 0, 3, 0, "(0, 0, 3)"},
    {"-10", "0", "1", 0, 0, 0, 1, 0, "(0, 0, 1)"},
    {"-10", "1", "-7", 17, 7, 1, -7, 1, "(7, 1, -7)"},
    {"-10", "1267650600228229401496703205376", "-9223372036854775807", 0, -1, -1,
     -9223372036854775807, 0, "(-1, -1, -9223372036854775807)"},
    {"-100", "-1", NULL, 0, 0, 0, 1, 0, "(0, 0, 1)"},
    {"-100", "-1267650600228229401496703205376", "2", 0, 0, 0, 2, 0, "(0, 0, 2)"},
    {"-100", "1", NULL, 0, 0, 0, 1, 0, "(0, 0, 1)"},
    {"-11", "-1", "1", 10, 0, 9, 1, 9, "(0, 9, 1)"},
    {"-11", "-100", "-9223372036854775808", 10, -1, -1, -9223372036854775807, 0,
     "(-1, -1, -9223372036854775808)"},
    {"-11", "-2", "-3", 10, -1, 8, -3, 0, "(-1, 8, -3)"},
    {"-11", "-9223372036854775808", "-1267650600228229401496703205376", 10, -1, -1,
     -9223372036854775807, 0, "(-1, -1, -1267650600228229401496703205376)"},
    {"-11", "11", NULL, 10, 0, 10, 1, 10, "(0, 10, 1)"},
    {"-11", "1267650600228229401496703205376", "-9223372036854775808", 5, -1, 4,
     -9223372036854775807, 0, "(-1, 4, -9223372036854775808)"},
    {"-1267650600228229401496703205376", "0", "-9223372036854775807", 0, -1, -1,
     -9223372036854775807, 0, "(-1, -1, -9223372036854775807)"},
    {"-1267650600228229401496703205376", "1267650600228229401496703205376", NULL, 10, 0, 10, 1, 10,
     "(0, 10, 1)"},
    {"-1267650600228229401496703205376", "2", "-2", 0, -1, -1, -2, 0, "(-1, -1, -2)"},
    {"-2", "-1", "-2", 0, -1, -1, -2, 0, "(-1, -1, -2)"},
    {"-2", "-100", "-7", 1, -1, -1, -7, 0, "(-1, -1, -7)"},
    {"-3", "-3", "-7", 5, 2, 2, -7, 0, "(2, 2, -7)"},
    {"-3", "1", "1267650600228229401496703205376", 5, 2, 1, 9223372036854775807, 0,
     "(2, 1, 1267650600228229401496703205376)"},
    {"-3", "3", "-9223372036854775807", 5, 2, 3, -9223372036854775807, 0,
     "(2, 3, -9223372036854775807)"},
    {"-5", "100", "-7", 0, -1, -1, -7, 0, "(-1, -1, -7)"},
    {"-5", "11", "-2", 10, 5, 9, -2, 0, "(5, 9, -2)"},
    {"-5", "9223372036854775807", "1267650600228229401496703205376", 10, 5, 10, 9223372036854775807,
     1, "(5, 10, 1267650600228229401496703205376)"},
    {"-9223372036854775808", "0", "-7", 5, -1, 0, -7, 0, "(-1, 0, -7)"},
    {"-9223372036854775808", "10", NULL, 10, 0, 10, 1, 10, "(0, 10, 1)"},
    {"-9223372036854775808", "5", "-7", 0, -1, -1, -7, 0, "(-1, -1, -7)"},
    {"-9223372036854775808", NULL, "1", 10, 0, 10, 1, 10, "(0, 10, 1)"},
    {"0", "-100", "4", 1, 0, 0, 4, 0, "(0, 0, 4)"},
    {"0", "10", "-9223372036854775808", 10, 0, 9, -9223372036854775807, 0,
     "(0, 9, -9223372036854775808)"},
    {"0", "3", "9223372036854775807", 2, 0, 2, 9223372036854775807, 1,
     "(0, 2, 9223372036854775807)"},
    {"0", "5", "4", 2, 0, 2, 4, 1, "(0, 2, 4)"},
    {"0", NULL, "-7", 17, 0, -1, -7, 1, "(0, -1, -7)"},
    {"1", "-10", "9223372036854775807", 0, 0, 0, 9223372036854775807, 0,
     "(0, 0, 9223372036854775807)"},
    {"1", "-11", "1267650600228229401496703205376", 2, 1, 0, 9223372036854775807, 0,
     "(1, 0, 1267650600228229401496703205376)"},
    {"1", "-11", "7", 2, 1, 0, 7, 0, "(1, 0, 7)"},
    {"1", "1", "3", 10, 1, 1, 3, 0, "(1, 1, 3)"},
    {"1", "100", "1", 17, 1, 17, 1, 16, "(1, 17, 1)"},
    {"1", "1267650600228229401496703205376", "9223372036854775807", 17, 1, 17, 9223372036854775807,
     1, "(1, 17, 9223372036854775807)"},
    {"1", "3", "3", 5, 1, 3, 3, 1, "(1, 3, 3)"},
    {"100", "-1", "7", 1, 1, 0, 7, 0, "(1, 0, 7)"},
    {"100", "-1267650600228229401496703205376", NULL, 10, 10, 0, 1, 0, "(10, 0, 1)"},
    {"100", "-3", "-1267650600228229401496703205376", 2, 1, -1, -9223372036854775807, 1,
     "(1, -1, -1267650600228229401496703205376)"},
    {"100", "-5", "-1267650600228229401496703205376", 5, 4, 0, -9223372036854775807, 1,
     "(4, 0, -1267650600228229401496703205376)"},
    {"100", "-9223372036854775808", "-7", 1, 0, -1, -7, 1, "(0, -1, -7)"},
    {"100", "5", "1267650600228229401496703205376", 10, 10, 5, 9223372036854775807, 0,
     "(10, 5, 1267650600228229401496703205376)"},
    {"11", "-2", "9223372036854775807", 1, 1, 0, 9223372036854775807, 0,
     "(1, 0, 9223372036854775807)"},
    {"1267650600228229401496703205376", "-1267650600228229401496703205376", "-1", 10, 9, -1, -1, 10,
     "(9, -1, -1)"},
    {"1267650600228229401496703205376", "-9223372036854775808", "-9223372036854775808", 10, 9, -1,
     -9223372036854775807, 1, "(9, -1, -9223372036854775808)"},
    {"2", "-11", "4", 1, 1, 0, 4, 0, "(1, 0, 4)"},
    {"2", "-5", "-2", 1, 0, -1, -2, 1, "(0, -1, -2)"},
    {"2", "0", "2", 1, 1, 0, 2, 0, "(1, 0, 2)"},
    {"2", "3", "-1", 10, 2, 3, -1, 0, "(2, 3, -1)"},
    {"2", "3", "3", 17, 2, 3, 3, 1, "(2, 3, 3)"},
    {"2", NULL, NULL, 5, 2, 5, 1, 3, "(2, 5, 1)"},
    {"3", "-1", "-9223372036854775807", 1, 0, 0, -9223372036854775807, 0,
     "(0, 0, -9223372036854775807)"},
    {"3", "-10", "1267650600228229401496703205376", 5, 3, 0, 9223372036854775807, 0,
     "(3, 0, 1267650600228229401496703205376)"},
    {"3", "-1267650600228229401496703205376", "-3", 10, 3, -1, -3, 2, "(3, -1, -3)"},
    {"3", "-5", "2", 17, 3, 12, 2, 5, "(3, 12, 2)"},
    {"3", "2", "1", 10, 3, 2, 1, 0, "(3, 2, 1)"},
    {"3", "3", "1", 10, 3, 3, 1, 0, "(3, 3, 1)"},
    {"4", NULL, "-2", 5, 4, -1, -2, 3, "(4, -1, -2)"},
    {"5", "-9223372036854775808", "7", 1, 1, 0, 7, 0, "(1, 0, 7)"},
    {"5", NULL, "-2", 5, 4, -1, -2, 3, "(4, -1, -2)"},
    {"9", "-100", "3", 17, 9, 0, 3, 0, "(9, 0, 3)"},
    {"9", "-11", "7", 1, 1, 0, 7, 0, "(1, 0, 7)"},
    {"9", "10", "-7", 0, -1, -1, -7, 0, "(-1, -1, -7)"},
    {"9", "11", "-1", 0, -1, -1, -1, 0, "(-1, -1, -1)"},
    {"9", "5", "9223372036854775807", 10, 9, 5, 9223372036854775807, 0,
     "(9, 5, 9223372036854775807)"},
    {"9", NULL, "1", 2, 2, 2, 1, 0, "(2, 2, 1)"},
    {"9223372036854775807", "1", "4", 1, 1, 1, 4, 0, "(1, 1, 4)"},
    {"9223372036854775807", "10", "-1267650600228229401496703205376", 1, 0, 0, -9223372036854775807,
     0, "(0, 0, -1267650600228229401496703205376)"},
    {"9223372036854775807", NULL, "-1", 10, 9, -1, -1, 10, "(9, -1, -1)"},
    {NULL, "-9223372036854775808", "-9223372036854775808", 10, 9, -1, -9223372036854775807, 1,
     "(9, -1, -9223372036854775808)"},
    {NULL, "11", "-9223372036854775808", 10, 9, 9, -9223372036854775807, 0,
     "(9, 9, -9223372036854775808)"},
    {NULL, "9", "3", 0, 0, 0, 3, 0, "(0, 0, 3)"},
    {NULL, "9223372036854775807", "9223372036854775807", 10, 0, 10, 9223372036854775807, 1,
     "(0, 10, 9223372036854775807)"},
    {NULL, NULL, "-1", 0, -1, -1, -1, 0, "(-1, -1, -1)"},
    {NULL, NULL, "-1", 10, 9, -1, -1, 10, "(9, -1, -1)"},
    {NULL, NULL, "-1267650600228229401496703205376", 10, 9, -1, -9223372036854775807, 1,
     "(9, -1, -1267650600228229401496703205376)"},
    {NULL, NULL, "-2", 10, 9, -1, -2, 5, "(9, -1, -2)"},
    {NULL, NULL, "1267650600228229401496703205376", 10, 0, 10, 9223372036854775807, 1,
     "(0, 10, 1267650600228229401496703205376)"},
    {NULL, NULL, "2", 10, 0, 10, 2, 5, "(0, 10, 2)"},
    {NULL, NULL, NULL, 0, 0, 0, 1, 0, "(0, 0, 1)"},
};

static void
test_slice_get_indices_ex_matches_cpython_table(void **state)
{
    for (size_t i = 0; i < sizeof index_cases / sizeof index_cases[0]; i++) {
        PyObject *s = slice_of(index_cases[i].start, index_cases[i].stop, index_cases[i].step);
        Py_ssize_t start, stop, step, n;
        assert_int_equal(PySlice_GetIndicesEx(s, index_cases[i].length, &start, &stop, &step, &n),
                         0);
        assert_int_equal(start, index_cases[i].start_out);
        assert_int_equal(stop, index_cases[i].stop_out);
        assert_int_equal(step, index_cases[i].step_out);
        assert_int_equal(n, index_cases[i].slicelength);
        Py_DECREF(s);
    }
}

static void
test_slice_unpack_then_adjust_matches_cpython_table(void **state)
{
    for (size_t i = 0; i < sizeof index_cases / sizeof index_cases[0]; i++) {
        PyObject *s = slice_of(index_cases[i].start, index_cases[i].stop, index_cases[i].step);
        Py_ssize_t start, stop, step;
        assert_int_equal(PySlice_Unpack(s, &start, &stop, &step), 0);
        assert_int_equal(step, index_cases[i].step_out);
        Py_ssize_t n = PySlice_AdjustIndices(index_cases[i].length, &start, &stop, step);
        assert_int_equal(start, index_cases[i].start_out);
        assert_int_equal(stop, index_cases[i].stop_out);
        assert_int_equal(n, index_cases[i].slicelength);
        Py_DECREF(s);
    }
}

// slice.indices(n) for a C length.
static PyObject *
indices_of(PyObject *s, Py_ssize_t n)
{
    PyObject *length = PyLong_FromSsize_t(n);
    PyObject *t = rt_slice_indices(s, length);
    Py_DECREF(length);
    return t;
}

static void
test_slice_indices_matches_cpython_table(void **state)
{
    for (size_t i = 0; i < sizeof index_cases / sizeof index_cases[0]; i++) {
        PyObject *s = slice_of(index_cases[i].start, index_cases[i].stop, index_cases[i].step);
        PyObject *t = indices_of(s, index_cases[i].length);
        assert_non_null(t);
        assert_str_steal(PyObject_Repr(t), index_cases[i].indices);
        Py_DECREF(t);
        Py_DECREF(s);
    }
}

static void
test_slice_indices_rejects_negative_length(void **state)
{
    PyObject *s = slice_of("1", "2", NULL);
    assert_null(indices_of(s, -1));
    assert_error(PyExc_ValueError, "length should not be negative");
    Py_DECREF(s);
}

static void
test_slice_unpack_clamps_huge_values(void **state)
{
    PyObject *s = slice_of("-1267650600228229401496703205376", "1267650600228229401496703205376",
                           "-1267650600228229401496703205376");
    Py_ssize_t start, stop, step;
    assert_int_equal(PySlice_Unpack(s, &start, &stop, &step), 0);
    assert_int_equal(start, PY_SSIZE_T_MIN);
    assert_int_equal(stop, PY_SSIZE_T_MAX);
    assert_int_equal(step, -PY_SSIZE_T_MAX); // never PY_SSIZE_T_MIN, so -step is defined
    Py_DECREF(s);
    s = slice_of(NULL, NULL, "-9223372036854775808");
    assert_int_equal(PySlice_Unpack(s, &start, &stop, &step), 0);
    assert_int_equal(step, -PY_SSIZE_T_MAX);
    assert_int_equal(start, PY_SSIZE_T_MAX);
    assert_int_equal(stop, PY_SSIZE_T_MIN);
    Py_DECREF(s);
}

static void
test_slice_unpack_rejects_zero_step_and_non_indexes(void **state)
{
    Py_ssize_t start, stop, step;
    PyObject *s = slice_of("1", "2", "0");
    assert_int_equal(PySlice_Unpack(s, &start, &stop, &step), -1);
    assert_error(PyExc_ValueError, "slice step cannot be zero");
    Py_DECREF(s);
    PyObject *fields[3] = {PyLong_FromLong(1), PyLong_FromLong(2), PyLong_FromLong(1)};
    PyObject *bad[2] = {PyUnicode_FromString("x"), PyFloat_FromDouble(1.0)};
    for (int b = 0; b < 2; b++) {
        for (int pos = 0; pos < 3; pos++) {
            PyObject *f[3] = {fields[0], fields[1], fields[2]};
            f[pos] = bad[b];
            s = PySlice_New(f[0], f[1], f[2]);
            assert_int_equal(PySlice_Unpack(s, &start, &stop, &step), -1);
            assert_error(PyExc_TypeError,
                         "slice indices must be integers or None or have an __index__ method");
            assert_null(indices_of(s, 5));
            assert_error(PyExc_TypeError,
                         "slice indices must be integers or None or have an __index__ method");
            Py_DECREF(s);
        }
    }
    for (int i = 0; i < 3; i++)
        Py_DECREF(fields[i]);
    Py_DECREF(bad[0]);
    Py_DECREF(bad[1]);
}

static void
test_slice_indices_of_huge_length_uses_big_ints(void **state)
{
    // slice(-1, None, -1).indices(10**25) == (10**25 - 1, -1, -1)
    PyObject *s = slice_of("-1", NULL, "-1");
    PyObject *length = int_of("10000000000000000000000000");
    PyObject *t = rt_slice_indices(s, length);
    assert_str_steal(PyObject_Repr(t), "(9999999999999999999999999, -1, -1)");
    Py_DECREF(t);
    Py_DECREF(length);
    Py_DECREF(s);
}

static void
test_slice_bool_fields_are_indexes(void **state)
{
    // slice(True, None).indices(5) == (1, 5, 1)
    PyObject *s = PySlice_New(Py_True, NULL, NULL);
    PyObject *t = indices_of(s, 5);
    assert_str_steal(PyObject_Repr(t), "(1, 5, 1)");
    Py_DECREF(t);
    Py_DECREF(s);
}

// ---- the object ----------------------------------------------------------------------------

static void
test_slice_new_takes_one_to_three_arguments(void **state)
{
    assert_null(call_type(&PySlice_Type, NULL, NULL));
    assert_error(PyExc_TypeError, "slice expected at least 1 argument, got 0");
    assert_null(call_type(&PySlice_Type,
                          tuple_steal(4, PyLong_FromLong(1), PyLong_FromLong(2), PyLong_FromLong(3),
                                      PyLong_FromLong(4)),
                          NULL));
    assert_error(PyExc_TypeError, "slice expected at most 3 arguments, got 4");
    PyObject *kw = PyDict_New();
    PyObject *two = PyLong_FromLong(2);
    PyDict_SetItemString(kw, "a", two);
    Py_DECREF(two);
    assert_null(call_type(&PySlice_Type, tuple_steal(1, PyLong_FromLong(1)), kw));
    assert_error(PyExc_TypeError, "slice() takes no keyword arguments");
}

static void
test_slice_single_argument_is_the_stop(void **state)
{
    PyObject *s = call_type(&PySlice_Type, tuple_steal(1, PyLong_FromLong(5)), NULL);
    assert_non_null(s);
    assert_true(PySlice_Check(s));
    assert_str_steal(PyObject_Repr(s), "slice(None, 5, None)");
    Py_DECREF(s);
    s = call_type(&PySlice_Type, tuple_steal(2, PyLong_FromLong(1), PyLong_FromLong(2)), NULL);
    assert_str_steal(PyObject_Repr(s), "slice(1, 2, None)");
    Py_DECREF(s);
}

static void
test_slice_repr_uses_repr_of_fields(void **state)
{
    PyObject *a = PyUnicode_FromString("a"), *b = PyFloat_FromDouble(2.5), *c = PyList_New(1);
    PyList_SET_ITEM(c, 0, PyLong_FromLong(1));
    PyObject *s = PySlice_New(a, b, c);
    assert_str_steal(PyObject_Repr(s), "slice('a', 2.5, [1])");
    assert_str_steal(PyObject_Str(s), "slice('a', 2.5, [1])");
    Py_DECREF(s);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    s = PySlice_New(NULL, NULL, NULL);
    assert_str_steal(PyObject_Repr(s), "slice(None, None, None)");
    Py_DECREF(s);
}

static int
compare(PyObject *a, PyObject *b, int op)
{
    int r = PyObject_RichCompareBool(a, b, op);
    return r;
}

static void
test_slice_compares_like_tuples(void **state)
{
    PyObject *a = slice_of("1", "2", NULL), *b = slice_of("1", "3", NULL);
    PyObject *c = slice_of("1", "2", NULL);
    assert_int_equal(compare(a, b, Py_LT), 1);
    assert_int_equal(compare(b, a, Py_GT), 1);
    assert_int_equal(compare(a, c, Py_EQ), 1);
    assert_int_equal(compare(a, b, Py_NE), 1);
    assert_int_equal(compare(a, c, Py_LE), 1);
    assert_int_equal(compare(a, b, Py_EQ), 0);
    PyObject *r = PySlice_Type.tp_richcompare(a, a, Py_GE);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    r = PySlice_Type.tp_richcompare(a, a, Py_LT);
    assert_ptr_equal(r, Py_False);
    Py_DECREF(r);
    Py_DECREF(b);
    Py_DECREF(c);
    PyObject *x = PyUnicode_FromString("a"), *three = PyLong_FromLong(3);
    b = PySlice_New(x, three, NULL);
    assert_int_equal(compare(a, b, Py_LT), -1);
    assert_error(PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    Py_DECREF(b);
    Py_DECREF(x);
    PyObject *five = PyLong_FromLong(5);
    r = PySlice_Type.tp_richcompare(a, five, Py_EQ);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    assert_int_equal(compare(a, five, Py_EQ), 0);
    assert_int_equal(compare(a, five, Py_LT), -1);
    assert_error(PyExc_TypeError, "'<' not supported between instances of 'slice' and 'int'");
    Py_DECREF(five);
    Py_DECREF(three);
    Py_DECREF(a);
}

static void
test_slice_is_unhashable(void **state)
{
    PyObject *s = slice_of("1", NULL, NULL);
    assert_int_equal(PyObject_Hash(s), -1);
    assert_error(PyExc_TypeError, "unhashable type: 'slice'");
    Py_DECREF(s);
}

static int
count_visit(PyObject *o, void *arg)
{
    (*(int *)arg)++;
    return 0;
}

static void
test_slice_is_a_tracked_container(void **state)
{
    PyObject *s = slice_of("1", "2", "3");
    assert_true(PyObject_IS_GC(s));
    assert_true(PyObject_GC_IsTracked(s));
    int visited = 0;
    assert_int_equal(PySlice_Type.tp_traverse(s, count_visit, &visited), 0);
    assert_int_equal(visited, 3);
    // tp_clear leaves None behind so the fields are never NULL.
    assert_int_equal(PySlice_Type.tp_clear(s), 0);
    assert_str_steal(PyObject_Repr(s), "slice(None, None, None)");
    Py_DECREF(s);
}

static void
test_slice_type_is_not_subclassable(void **state)
{
    assert_false(PyType_HasFeature(&PySlice_Type, Py_TPFLAGS_BASETYPE));
    assert_true(PyType_HasFeature(&PySlice_Type, Py_TPFLAGS_HAVE_GC));
}

// ---- Ellipsis ------------------------------------------------------------------------------

static void
test_ellipsis_repr_and_type_name(void **state)
{
    assert_str_steal(PyObject_Repr(Py_Ellipsis), "Ellipsis");
    assert_str_steal(PyObject_Str(Py_Ellipsis), "Ellipsis");
    assert_string_equal(Py_TYPE(Py_Ellipsis)->tp_name, "ellipsis");
    assert_ptr_equal(Py_TYPE(Py_Ellipsis), &PyEllipsis_Type);
}

static void
test_ellipsis_type_returns_the_singleton(void **state)
{
    Py_ssize_t before = Py_REFCNT(Py_Ellipsis);
    PyObject *e = call_type(&PyEllipsis_Type, NULL, NULL);
    assert_ptr_equal(e, Py_Ellipsis);
    Py_DECREF(e);
    assert_int_equal(Py_REFCNT(Py_Ellipsis), before);
    assert_null(call_type(&PyEllipsis_Type, tuple_steal(1, PyLong_FromLong(1)), NULL));
    assert_error(PyExc_TypeError, "EllipsisType takes no arguments");
    PyObject *kw = PyDict_New();
    PyObject *one = PyLong_FromLong(1);
    PyDict_SetItemString(kw, "a", one);
    Py_DECREF(one);
    assert_null(call_type(&PyEllipsis_Type, NULL, kw));
    assert_error(PyExc_TypeError, "EllipsisType takes no arguments");
}

static void
test_ellipsis_is_hashable_and_equal_only_to_itself(void **state)
{
    assert_int_not_equal(PyObject_Hash(Py_Ellipsis), -1);
    assert_int_equal(PyObject_RichCompareBool(Py_Ellipsis, Py_Ellipsis, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(Py_Ellipsis, Py_None, Py_EQ), 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slice_get_indices_ex_matches_cpython_table),
        cmocka_unit_test(test_slice_unpack_then_adjust_matches_cpython_table),
        cmocka_unit_test(test_slice_indices_matches_cpython_table),
        cmocka_unit_test(test_slice_indices_rejects_negative_length),
        cmocka_unit_test(test_slice_unpack_clamps_huge_values),
        cmocka_unit_test(test_slice_unpack_rejects_zero_step_and_non_indexes),
        cmocka_unit_test(test_slice_indices_of_huge_length_uses_big_ints),
        cmocka_unit_test(test_slice_bool_fields_are_indexes),
        cmocka_unit_test(test_slice_new_takes_one_to_three_arguments),
        cmocka_unit_test(test_slice_single_argument_is_the_stop),
        cmocka_unit_test(test_slice_repr_uses_repr_of_fields),
        cmocka_unit_test(test_slice_compares_like_tuples),
        cmocka_unit_test(test_slice_is_unhashable),
        cmocka_unit_test(test_slice_is_a_tracked_container),
        cmocka_unit_test(test_slice_type_is_not_subclassable),
        cmocka_unit_test(test_ellipsis_repr_and_type_name),
        cmocka_unit_test(test_ellipsis_type_returns_the_singleton),
        cmocka_unit_test(test_ellipsis_is_hashable_and_equal_only_to_itself),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
