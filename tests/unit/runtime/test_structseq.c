// test_structseq.c: tests of runtime/objects/structseq.c, with a struct sequence shaped like
// time.struct_time (9 visible fields, 2 hidden). Expected reprs and messages were printed
// by CPython 3.11 for time.struct_time.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "runtime/objects/structseq.h"
#include "tests/unit/testing.h"

static PyStructSequence_Field fields[] = {
    {"tm_year", NULL}, {"tm_mon", NULL},   {"tm_mday", NULL}, {"tm_hour", NULL},
    {"tm_min", NULL},  {"tm_sec", NULL},   {"tm_wday", NULL}, {"tm_yday", NULL},
    {"tm_isdst", NULL}, {"tm_zone", NULL}, {"tm_gmtoff", NULL}, {NULL, NULL},
};
static PyStructSequence_Desc desc = {"time.struct_time", "doc", fields, 9};
static PyTypeObject StructTime;

static PyStructSequence_Field pair_fields[] = {{"a", NULL}, {"b", NULL}, {NULL, NULL}};
static PyStructSequence_Desc pair_desc = {"test.pair", NULL, pair_fields, 2};
static PyTypeObject Pair;

static int
setup(void **state)
{
    if (rt_test_setup(state) != 0)
        return -1;
    StructTime.tp_new = rt_structseq_new;
    if (PyStructSequence_InitType2(&StructTime, &desc) < 0)
        return -1;
    return PyStructSequence_InitType2(&Pair, &pair_desc);
}

// struct_time(1970, 1, 1, 0, 0, 0, 3, 1, 0) with zone "GMT" and offset 0.
static PyObject *
epoch(void)
{
    static const long v[9] = {1970, 1, 1, 0, 0, 0, 3, 1, 0};
    PyObject *s = PyStructSequence_New(&StructTime);
    assert_non_null(s);
    for (int i = 0; i < 9; i++)
        PyStructSequence_SetItem(s, i, PyLong_FromLong(v[i]));
    PyStructSequence_SetItem(s, 9, PyUnicode_FromString("GMT"));
    PyStructSequence_SetItem(s, 10, PyLong_FromLong(0));
    return s;
}

static void
test_structseq_repr_names_the_visible_fields(void **state)
{
    PyObject *s = epoch();
    assert_repr(s, "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, "
                   "tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)");
    Py_DECREF(s);
}

static void
test_structseq_is_a_tuple_of_the_visible_fields(void **state)
{
    PyObject *s = epoch();
    assert_true(PyTuple_Check(s));
    assert_int_equal(PyObject_Size(s), 9);
    PyObject *t = PySequence_Tuple(s);
    assert_int_equal(PyObject_RichCompareBool(s, t, Py_EQ), 1);
    assert_int_equal(PyObject_Hash(s), PyObject_Hash(t));
    Py_DECREF(t);
    Py_DECREF(s);
}

static void
test_structseq_fields_are_attributes_hidden_ones_too(void **state)
{
    PyObject *s = epoch();
    PyObject *year = PyObject_GetAttrString(s, "tm_year");
    assert_repr(year, "1970");
    Py_DECREF(year);
    PyObject *zone = PyObject_GetAttrString(s, "tm_zone");
    assert_repr(zone, "'GMT'");
    Py_DECREF(zone);
    assert_null(PyObject_GetAttrString(s, "foo"));
    assert_raised(PyExc_AttributeError, "'time.struct_time' object has no attribute 'foo'");
    PyObject *five = PyLong_FromLong(5);
    assert_int_equal(PyObject_SetAttrString(s, "tm_year", five), -1);
    assert_raised(PyExc_AttributeError, "readonly attribute");
    Py_DECREF(s);
}

static PyObject *
call(PyTypeObject *t, PyObject *args)
{
    PyObject *r = PyObject_Call((PyObject *)t, args, NULL);
    Py_DECREF(args);
    return r;
}

static PyObject *
ints(int n)
{
    PyObject *l = PyList_New(n);
    for (int i = 0; i < n; i++)
        PyList_SET_ITEM(l, i, PyLong_FromLong(i + 1));
    return l;
}

static void
test_structseq_constructor_checks_the_length(void **state)
{
    PyObject *three = ints(3), *twelve = ints(12), *nine = ints(9), *ten = ints(10);
    assert_null(call(&StructTime, PyTuple_Pack(1, three)));
    assert_raised(PyExc_TypeError, "time.struct_time() takes an at least 9-sequence (3-sequence given)");
    assert_null(call(&StructTime, PyTuple_Pack(1, twelve)));
    assert_raised(PyExc_TypeError, "time.struct_time() takes an at most 11-sequence (12-sequence given)");
    PyObject *five = PyLong_FromLong(5);
    assert_null(call(&StructTime, PyTuple_Pack(1, five)));
    assert_raised(PyExc_TypeError, "constructor requires a sequence");
    PyObject *s = call(&StructTime, PyTuple_Pack(1, nine));
    assert_repr(s, "time.struct_time(tm_year=1, tm_mon=2, tm_mday=3, tm_hour=4, tm_min=5, "
                   "tm_sec=6, tm_wday=7, tm_yday=8, tm_isdst=9)");
    PyObject *gmtoff = PyObject_GetAttrString(s, "tm_gmtoff");
    assert_ptr_equal(gmtoff, Py_None);
    Py_DECREF(gmtoff);
    Py_DECREF(s);
    s = call(&StructTime, PyTuple_Pack(1, ten));
    PyObject *zone = PyObject_GetAttrString(s, "tm_zone");
    assert_repr(zone, "10");
    Py_DECREF(zone);
    Py_DECREF(s);
    Py_DECREF(three);
    Py_DECREF(twelve);
    Py_DECREF(nine);
    Py_DECREF(ten);
}

static void
test_structseq_without_new_cannot_be_instantiated(void **state)
{
    assert_null(call(&Pair, PyTuple_New(0)));
    assert_raised(PyExc_TypeError, "cannot create 'test.pair' instances");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_structseq_repr_names_the_visible_fields),
        cmocka_unit_test(test_structseq_is_a_tuple_of_the_visible_fields),
        cmocka_unit_test(test_structseq_fields_are_attributes_hidden_ones_too),
        cmocka_unit_test(test_structseq_constructor_checks_the_length),
        cmocka_unit_test(test_structseq_without_new_cannot_be_instantiated),
    };
    return cmocka_run_group_tests(tests, setup, rt_test_teardown);
}
