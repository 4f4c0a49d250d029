// test_namespace.c: tests of runtime/objects/namespace.c (types.SimpleNamespace). Expected
// reprs and messages were printed by CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "runtime/objects/namespace.h"
#include "tests/unit/testing.h"

static int
setup(void **state)
{
    if (rt_test_setup(state) != 0)
        return -1;
    return PyType_Ready(&PyNamespace_Type);
}

static PyObject *
ns_ab(void)
{
    PyObject *d = PyDict_New(), *one = PyLong_FromLong(1), *l = PyList_New(0);
    PyList_Append(l, one);
    PyDict_SetItemString(d, "a", one);
    PyDict_SetItemString(d, "b", l);
    PyObject *ns = rt_namespace_new(d);
    assert_non_null(ns);
    Py_DECREF(d);
    Py_DECREF(l);
    return ns;
}

static void
test_namespace_repr_lists_attributes_in_insertion_order(void **state)
{
    PyObject *ns = ns_ab();
    assert_repr(ns, "namespace(a=1, b=[1])");
    Py_DECREF(ns);
    ns = rt_namespace_new(NULL);
    assert_repr(ns, "namespace()");
    // A namespace inside itself shows as "namespace(...)".
    PyObject_SetAttrString(ns, "x", ns);
    assert_repr(ns, "namespace(x=namespace(...))");
    PyObject_SetAttrString(ns, "x", Py_None);
    Py_DECREF(ns);
}

static void
test_namespace_attributes_are_set_read_and_deleted(void **state)
{
    PyObject *ns = ns_ab(), *two = PyLong_FromLong(2);
    assert_int_equal(PyObject_SetAttrString(ns, "c", two), 0);
    assert_int_equal(PyObject_SetAttrString(ns, "a", NULL), 0);
    assert_repr(ns, "namespace(b=[1], c=2)");
    PyObject *c = PyObject_GetAttrString(ns, "c");
    assert_ptr_equal(c, two);
    Py_DECREF(c);
    assert_null(PyObject_GetAttrString(ns, "zz"));
    assert_raised(PyExc_AttributeError, "'types.SimpleNamespace' object has no attribute 'zz'");
    Py_DECREF(ns);
}

static void
test_namespace_equality_compares_attributes(void **state)
{
    PyObject *a = ns_ab(), *b = ns_ab(), *c = rt_namespace_new(NULL);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_NE), 1);
    assert_int_equal(PyObject_Hash(a), -1);
    // CPython says "unhashable type: 'types.SimpleNamespace'"; object.c shows the short name.
    assert_raised(PyExc_TypeError, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
}

static void
test_namespace_constructor_takes_keywords_only(void **state)
{
    PyObject *one = PyLong_FromLong(1), *args = PyTuple_Pack(1, one);
    assert_null(PyObject_Call((PyObject *)&PyNamespace_Type, args, NULL));
    assert_raised(PyExc_TypeError, "no positional arguments expected");
    PyObject *kw = PyDict_New(), *empty = PyTuple_New(0);
    PyDict_SetItemString(kw, "q", one);
    PyObject *ns = PyObject_Call((PyObject *)&PyNamespace_Type, empty, kw);
    assert_repr(ns, "namespace(q=1)");
    Py_DECREF(ns);
    Py_DECREF(kw);
    Py_DECREF(empty);
    Py_DECREF(args);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_namespace_repr_lists_attributes_in_insertion_order),
        cmocka_unit_test(test_namespace_attributes_are_set_read_and_deleted),
        cmocka_unit_test(test_namespace_equality_compares_attributes),
        cmocka_unit_test(test_namespace_constructor_takes_keywords_only),
    };
    return cmocka_run_group_tests(tests, setup, rt_test_teardown);
}
