// test_range.c: tests of runtime/objects/range.c (range and its two iterators). Expected
// values and messages were printed by CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "runtime/objects/range.h"
#include "tests/unit/testing.h"

static int
setup(void **state)
{
    if (rt_test_setup(state) != 0)
        return -1;
    PyTypeObject *types[] = {&PyRange_Type, &PyRangeIter_Type, &PyLongRangeIter_Type};
    for (int i = 0; i < 3; i++) {
        if (PyType_Ready(types[i]) < 0)
            return -1;
    }
    return 0;
}

static PyObject *
num(const char *decimal)
{
    PyObject *o = PyLong_FromString(decimal, NULL, 10);
    assert_non_null(o);
    return o;
}

// range(start, stop, step) from decimal strings (step NULL: absent).
static PyObject *
rng(const char *start, const char *stop, const char *step)
{
    PyObject *a = num(start), *b = num(stop), *c = step ? num(step) : NULL;
    PyObject *r = rt_range_new(a, b, c);
    assert_non_null(r);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_XDECREF(c);
    return r;
}

static void
repr_steal(PyObject *o, const char *expected)
{
    assert_repr(o, expected);
    Py_DECREF(o);
}

static void
list_steal(PyObject *iterable, const char *expected)
{
    assert_non_null(iterable);
    PyObject *l = PySequence_List(iterable);
    Py_DECREF(iterable);
    repr_steal(l, expected);
}

static void
test_range_repr_omits_a_step_of_one(void **state)
{
    repr_steal(rng("0", "5", NULL), "range(0, 5)");
    repr_steal(rng("0", "5", "2"), "range(0, 5, 2)");
    repr_steal(rng("3", "9223372036854775813", "4611686018427387904"),
               "range(3, 9223372036854775813, 4611686018427387904)");
}

// range(*args) called as Python calls the type.
static PyObject *
call_range(PyObject *args, PyObject *kwargs)
{
    PyObject *r = PyObject_Call((PyObject *)&PyRange_Type, args, kwargs);
    Py_DECREF(args);
    Py_XDECREF(kwargs);
    return r;
}

static void
test_range_constructor_errors_match_cpython(void **state)
{
    PyObject *one = PyLong_FromLong(1), *zero = PyLong_FromLong(0), *f = PyFloat_FromDouble(1.5);
    assert_null(call_range(PyTuple_New(0), NULL));
    assert_raised(PyExc_TypeError, "range expected at least 1 argument, got 0");
    assert_null(call_range(PyTuple_Pack(4, one, one, one, one), NULL));
    assert_raised(PyExc_TypeError, "range expected at most 3 arguments, got 4");
    assert_null(call_range(PyTuple_Pack(1, f), NULL));
    assert_raised(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    assert_null(call_range(PyTuple_Pack(3, one, one, zero), NULL));
    assert_raised(PyExc_ValueError, "range() arg 3 must not be zero");
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "x", one);
    assert_null(call_range(PyTuple_New(0), kw));
    assert_raised(PyExc_TypeError, "range() takes no keyword arguments");
    repr_steal(call_range(PyTuple_Pack(1, Py_True), NULL), "range(0, 1)");
    Py_DECREF(f);
}

static void
test_range_length_counts_items_of_any_size(void **state)
{
    PyObject *r = rng("0", "10", "3"), *e = rng("0", "-5", NULL);
    assert_int_equal(PyObject_Size(r), 4);
    assert_int_equal(PyObject_Size(e), 0);
    assert_int_equal(PyObject_IsTrue(e), 0);
    Py_DECREF(r);
    Py_DECREF(e);
    PyObject *huge = rng("0", "18446744073709551616", NULL);
    assert_int_equal(PyObject_Size(huge), -1);
    assert_raised(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    assert_int_equal(PyObject_IsTrue(huge), 1);
    Py_DECREF(huge);
}

static void
test_range_indexing_and_slicing_match_cpython(void **state)
{
    PyObject *r = rng("0", "10", NULL), *m1 = PyLong_FromLong(-1), *ten = PyLong_FromLong(10);
    repr_steal(PyObject_GetItem(r, m1), "9");
    assert_null(PyObject_GetItem(r, ten));
    assert_raised(PyExc_IndexError, "range object index out of range");
    PyObject *s = PyUnicode_FromString("a");
    assert_null(PyObject_GetItem(r, s));
    assert_raised(PyExc_TypeError, "range indices must be integers or slices, not str");
    PyObject *b = num("1267650600228229401496703205376");
    assert_null(PyObject_GetItem(r, b));
    assert_raised(PyExc_IndexError, "range object index out of range");
    repr_steal(PyObject_GetItem(r, Py_True), "1");
    PyObject *start = PyLong_FromLong(2), *stop = PyLong_FromLong(8), *two = PyLong_FromLong(2);
    PyObject *sl = PySlice_New(start, stop, two);
    repr_steal(PyObject_GetItem(r, sl), "range(2, 8, 2)");
    Py_DECREF(sl);
    PyObject *neg = PySlice_New(NULL, NULL, m1), *r3 = rng("0", "10", "3");
    repr_steal(PyObject_GetItem(r3, neg), "range(9, -3, -3)");
    PyObject *zero = PyLong_FromLong(0), *zs = PySlice_New(NULL, NULL, zero);
    assert_null(PyObject_GetItem(r, zs));
    assert_raised(PyExc_ValueError, "slice step cannot be zero");
    PyObject *w = rng("-5", "20", "3"), *m2 = PyLong_FromLong(-2), *one = PyLong_FromLong(1);
    PyObject *m3 = PyLong_FromLong(-3), *s2 = PySlice_New(m2, one, m3), *s3 = PySlice_New(NULL, NULL, two);
    repr_steal(PyObject_GetItem(w, s3), "range(-5, 22, 6)");
    repr_steal(PyObject_GetItem(w, s2), "range(16, -2, -9)");
    PyObject *big = rng("0", "1180591620717411303424", NULL), *k = num("36893488147419103232");
    PyObject *bs = PySlice_New(NULL, NULL, k);
    repr_steal(PyObject_GetItem(big, bs), "range(0, 1180591620717411303424, 36893488147419103232)");
    PyObject *idx = num("590295810358705651712");
    repr_steal(PyObject_GetItem(big, idx), "590295810358705651712");
    PyObject *objs[] = {r, s, b, start, stop, two, neg, r3, zs, w, m2, m3, s2, s3, big, k, bs, idx};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_range_contains_uses_arithmetic_for_ints_and_equality_otherwise(void **state)
{
    PyObject *r = rng("0", "10", NULL), *five = PyLong_FromLong(5), *f = PyFloat_FromDouble(5.0);
    PyObject *a = PyUnicode_FromString("a"), *odd = rng("1", "100", "2"), *big = rng("0", "18446744073709551616", "7");
    PyObject *x = num("18446744073709551609"), *y = num("18446744073709551614");
    assert_int_equal(PySequence_Contains(r, five), 1);
    assert_int_equal(PySequence_Contains(r, f), 1);
    assert_int_equal(PySequence_Contains(r, a), 0);
    assert_int_equal(PySequence_Contains(odd, five), 1);
    PyObject *four = PyLong_FromLong(4);
    assert_int_equal(PySequence_Contains(odd, four), 0);
    assert_int_equal(PySequence_Contains(big, x), 0);
    assert_int_equal(PySequence_Contains(big, y), 1);
    PyObject *objs[] = {r, f, a, odd, big, x, y};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_range_index_and_count_match_cpython(void **state)
{
    PyObject *r = rng("0", "10", NULL), *five = PyLong_FromLong(5), *eleven = PyLong_FromLong(11);
    PyObject *f = PyFloat_FromDouble(5.0), *x = PyUnicode_FromString("x");
    repr_steal(rt_range_index(r, five), "5");
    repr_steal(rt_range_index(r, f), "5");
    assert_null(rt_range_index(r, eleven));
    assert_raised(PyExc_ValueError, "11 is not in range");
    assert_null(rt_range_index(r, x));
    assert_raised(PyExc_ValueError, "sequence.index(x): x not in sequence");
    repr_steal(rt_range_count(r, Py_True), "1");
    repr_steal(rt_range_count(r, x), "0");
    PyObject *d = rng("0", "-10", "-3"), *m9 = PyLong_FromLong(-9);
    repr_steal(rt_range_index(d, m9), "3");
    PyObject *objs[] = {r, eleven, f, x, d, m9};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_range_equality_and_hash_compare_the_items(void **state)
{
    PyObject *a = rng("0", "10", NULL), *b = rng("0", "10", "1"), *e1 = rng("0", "0", NULL);
    PyObject *e2 = rng("4", "2", NULL), *s1 = rng("1", "2", "5"), *s2 = rng("1", "3", "7");
    PyObject *c = rng("0", "10", "3");
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(e1, e2, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(s1, s2, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_NE), 1);
    assert_int_equal(PyObject_Hash(e1), PyObject_Hash(e2));
    assert_int_equal(PyObject_Hash(s1), PyObject_Hash(s2));
    assert_int_equal(PyObject_Hash(c), -1816567394155750349LL);
    assert_null(PyObject_RichCompare(a, b, Py_LT));
    assert_raised(PyExc_TypeError, "'<' not supported between instances of 'range' and 'range'");
    PyObject *objs[] = {a, b, e1, e2, s1, s2, c};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_range_iterates_words_and_big_ints(void **state)
{
    list_steal(rng("10", "0", "-3"), "[10, 7, 4, 1]");
    list_steal(rng("9223372036854775806", "9223372036854775809", NULL),
               "[9223372036854775806, 9223372036854775807, 9223372036854775808]");
    list_steal(rng("9223372036854775800", "9223372036854775807", "3"),
               "[9223372036854775800, 9223372036854775803, 9223372036854775806]");
    PyObject *small = rng("0", "3", NULL), *big = rng("0", "18446744073709551616", NULL);
    PyObject *it = PyObject_GetIter(small), *bit = PyObject_GetIter(big);
    assert_string_equal(Py_TYPE(it)->tp_name, "range_iterator");
    assert_string_equal(Py_TYPE(bit)->tp_name, "longrange_iterator");
    repr_steal(rt_range_iter_length_hint(it), "3");
    repr_steal(rt_range_iter_length_hint(bit), "18446744073709551616");
    Py_DECREF(it);
    Py_DECREF(bit);
    Py_DECREF(small);
    Py_DECREF(big);
}

static void
test_range_reversed_walks_back_from_the_last_item(void **state)
{
    PyObject *r = rng("1", "10", "3");
    list_steal(rt_range_reversed(r), "[7, 4, 1]");
    Py_DECREF(r);
    r = rng("10", "-10", "-7");
    list_steal(rt_range_reversed(r), "[-4, 3, 10]");
    Py_DECREF(r);
    r = rng("0", "0", NULL);
    list_steal(rt_range_reversed(r), "[]");
    Py_DECREF(r);
    r = rng("-9223372036854775809", "-9223372036854775806", NULL);
    list_steal(rt_range_reversed(r),
               "[-9223372036854775807, -9223372036854775808, -9223372036854775809]");
    Py_DECREF(r);
    r = rng("0", "3", NULL);
    PyObject *it = rt_range_reversed(r);
    assert_string_equal(Py_TYPE(it)->tp_name, "range_iterator");
    Py_DECREF(it);
    Py_DECREF(r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_repr_omits_a_step_of_one),
        cmocka_unit_test(test_range_constructor_errors_match_cpython),
        cmocka_unit_test(test_range_length_counts_items_of_any_size),
        cmocka_unit_test(test_range_indexing_and_slicing_match_cpython),
        cmocka_unit_test(test_range_contains_uses_arithmetic_for_ints_and_equality_otherwise),
        cmocka_unit_test(test_range_index_and_count_match_cpython),
        cmocka_unit_test(test_range_equality_and_hash_compare_the_items),
        cmocka_unit_test(test_range_iterates_words_and_big_ints),
        cmocka_unit_test(test_range_reversed_walks_back_from_the_last_item),
    };
    return cmocka_run_group_tests(tests, setup, rt_test_teardown);
}
