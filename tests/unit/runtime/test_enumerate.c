// test_enumerate.c: tests of runtime/objects/enumerate.c (enumerate and reversed). Expected
// values and messages were printed by CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "runtime/objects/enumerate.h"
#include "runtime/objects/range.h"
#include "tests/unit/testing.h"

static int
setup(void **state)
{
    if (rt_test_setup(state) != 0)
        return -1;
    PyTypeObject *types[] = {&PyEnum_Type, &PyReversed_Type, &PyRange_Type, &PyRangeIter_Type,
                             &PyLongRangeIter_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (PyType_Ready(types[i]) < 0)
            return -1;
    }
    return 0;
}

static void
list_steal(PyObject *iterable, const char *expected)
{
    assert_non_null(iterable);
    PyObject *l = PySequence_List(iterable);
    Py_DECREF(iterable);
    assert_repr(l, expected);
    Py_DECREF(l);
}

static PyObject *
call(PyTypeObject *t, PyObject *args, PyObject *kwargs)
{
    PyObject *r = PyObject_Call((PyObject *)t, args, kwargs);
    Py_DECREF(args);
    Py_XDECREF(kwargs);
    return r;
}

static void
test_enumerate_pairs_indexes_with_items(void **state)
{
    PyObject *s = PyUnicode_FromString("ab"), *m1 = PyLong_FromLong(-1);
    list_steal(rt_enumerate_new(s, NULL), "[(0, 'a'), (1, 'b')]");
    list_steal(rt_enumerate_new(s, m1), "[(-1, 'a'), (0, 'b')]");
    list_steal(rt_enumerate_new(s, Py_True), "[(1, 'a'), (2, 'b')]");
    Py_DECREF(s);
}

static void
test_enumerate_counts_past_the_machine_word(void **state)
{
    PyObject *s = PyUnicode_FromString("ab");
    PyObject *start = PyLong_FromString("9223372036854775807", NULL, 10);
    list_steal(rt_enumerate_new(s, start),
               "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]");
    Py_DECREF(start);
    start = PyLong_FromString("18446744073709551616", NULL, 10);
    list_steal(rt_enumerate_new(s, start),
               "[(18446744073709551616, 'a'), (18446744073709551617, 'b')]");
    Py_DECREF(start);
    Py_DECREF(s);
}

static void
test_enumerate_arguments_follow_cpython(void **state)
{
    PyObject *empty = PyList_New(0), *one = PyLong_FromLong(1), *a = PyUnicode_FromString("a");
    assert_null(call(&PyEnum_Type, PyTuple_New(0), NULL));
    assert_raised(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
    assert_null(call(&PyEnum_Type, PyTuple_Pack(1, one), NULL));
    assert_raised(PyExc_TypeError, "'int' object is not iterable");
    assert_null(call(&PyEnum_Type, PyTuple_Pack(2, empty, a), NULL));
    assert_raised(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_null(call(&PyEnum_Type, PyTuple_Pack(3, empty, one, one), NULL));
    assert_raised(PyExc_TypeError, "enumerate() takes at most 2 arguments (3 given)");
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "x", one);
    assert_null(call(&PyEnum_Type, PyTuple_Pack(1, empty), kw));
    assert_raised(PyExc_TypeError, "'x' is an invalid keyword argument for enumerate()");
    kw = PyDict_New();
    PyDict_SetItemString(kw, "iterable", a);
    PyDict_SetItemString(kw, "start", one);
    list_steal(call(&PyEnum_Type, PyTuple_New(0), kw), "[(1, 'a')]");
    kw = PyDict_New();
    PyDict_SetItemString(kw, "iterable", a);
    // enumerate itself checks its arguments as CPython's enum_vectorcall does (subclasses
    // get argument clinic's "given by name ('iterable') and position (1)").
    assert_null(call(&PyEnum_Type, PyTuple_Pack(1, a), kw));
    assert_raised(PyExc_TypeError, "'iterable' is an invalid keyword argument for enumerate()");
    Py_DECREF(empty);
    Py_DECREF(a);
}

static void
test_reversed_uses_the_types_own_reverse_iterators(void **state)
{
    PyObject *l = PyList_New(0), *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyList_Append(l, one);
    PyList_Append(l, two);
    PyObject *it = rt_reversed_new(l);
    assert_string_equal(Py_TYPE(it)->tp_name, "list_reverseiterator");
    list_steal(it, "[2, 1]");
    PyObject *d = PyDict_New();
    PyDict_SetItem(d, one, two);
    PyDict_SetItem(d, two, one);
    it = rt_reversed_new(d);
    assert_string_equal(Py_TYPE(it)->tp_name, "dict_reversekeyiterator");
    list_steal(it, "[2, 1]");
    PyObject *r = rt_range_new(one, PyLong_FromLong(10), PyLong_FromLong(3));
    it = rt_reversed_new(r);
    assert_string_equal(Py_TYPE(it)->tp_name, "range_iterator");
    list_steal(it, "[7, 4, 1]");
    Py_DECREF(r);
    Py_DECREF(l);
    Py_DECREF(d);
}

static void
test_reversed_walks_sequences_backwards(void **state)
{
    PyObject *s = PyUnicode_FromString("abc");
    PyObject *it = rt_reversed_new(s);
    assert_string_equal(Py_TYPE(it)->tp_name, "reversed");
    list_steal(it, "['c', 'b', 'a']");
    PyObject *t = PyTuple_Pack(3, Py_None, Py_True, Py_False);
    it = rt_reversed_new(t);
    PyObject *first = PyIter_Next(it);
    assert_ptr_equal(first, Py_False);
    Py_DECREF(first);
    assert_int_equal(rt_reversed_length_hint(it), 2);
    list_steal(it, "[True, None]");
    Py_DECREF(t);
    Py_DECREF(s);
}

static void
test_reversed_rejects_non_sequences(void **state)
{
    PyObject *one = PyLong_FromLong(1), *set = PySet_New(NULL);
    assert_null(rt_reversed_new(one));
    assert_raised(PyExc_TypeError, "'int' object is not reversible");
    assert_null(rt_reversed_new(set));
    assert_raised(PyExc_TypeError, "'set' object is not reversible");
    assert_null(call(&PyReversed_Type, PyTuple_New(0), NULL));
    assert_raised(PyExc_TypeError, "reversed expected 1 argument, got 0");
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "seq", one);
    assert_null(call(&PyReversed_Type, PyTuple_New(0), kw));
    assert_raised(PyExc_TypeError, "reversed() takes no keyword arguments");
    Py_DECREF(set);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_enumerate_pairs_indexes_with_items),
        cmocka_unit_test(test_enumerate_counts_past_the_machine_word),
        cmocka_unit_test(test_enumerate_arguments_follow_cpython),
        cmocka_unit_test(test_reversed_uses_the_types_own_reverse_iterators),
        cmocka_unit_test(test_reversed_walks_sequences_backwards),
        cmocka_unit_test(test_reversed_rejects_non_sequences),
    };
    return cmocka_run_group_tests(tests, setup, rt_test_teardown);
}
