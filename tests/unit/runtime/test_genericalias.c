// test_genericalias.c: tests of runtime/objects/genericalias.c (types.GenericAlias).
// Expected reprs and messages were printed by CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "tests/unit/testing.h"

static PyObject *
getattr(PyObject *o, const char *name)
{
    return PyObject_GetAttrString(o, name);
}

static void
test_alias_wraps_a_single_argument_in_a_tuple(void **state)
{
    PyObject *a = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    assert_repr(a, "list[int]");
    PyObject *args = getattr(a, "__args__");
    assert_repr(args, "(<class 'int'>,)");
    PyObject *origin = getattr(a, "__origin__");
    assert_ptr_equal(origin, &PyList_Type);
    Py_DECREF(origin);
    Py_DECREF(args);
    Py_DECREF(a);
}

static void
test_alias_repr_of_tuple_arguments(void **state)
{
    PyObject *args = PyTuple_Pack(2, (PyObject *)&PyUnicode_Type, Py_Ellipsis);
    PyObject *a = Py_GenericAlias((PyObject *)&PyTuple_Type, args);
    assert_repr(a, "tuple[str, ...]");
    Py_DECREF(a);
    Py_DECREF(args);
    PyObject *empty = PyTuple_New(0);
    a = Py_GenericAlias((PyObject *)&PyTuple_Type, empty);
    assert_repr(a, "tuple[()]");
    Py_DECREF(a);
    Py_DECREF(empty);
    PyObject *none = Py_GenericAlias((PyObject *)&PyDict_Type, Py_None);
    assert_repr(none, "dict[None]");
    Py_DECREF(none);
}

static void
test_alias_compares_and_hashes_by_origin_and_args(void **state)
{
    PyObject *a = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    PyObject *b = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    PyObject *c = Py_GenericAlias((PyObject *)&PySet_Type, (PyObject *)&PyLong_Type);
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_EQ), 0);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_NE), 1);
    assert_int_equal(PyObject_RichCompareBool(a, (PyObject *)&PyList_Type, Py_EQ), 0);
    assert_int_equal(PyObject_Hash(a), PyObject_Hash(b));
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
}

static void
test_alias_call_creates_an_origin_instance(void **state)
{
    PyObject *a = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    PyObject *l = PyObject_CallNoArgs(a);
    assert_non_null(l);
    assert_true(PyList_CheckExact(l));
    Py_DECREF(l);
    Py_DECREF(a);
}

static void
test_alias_forwards_other_attributes_to_the_origin(void **state)
{
    PyObject *a = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    PyObject *name = getattr(a, "__name__");
    assert_str(name, "list");
    Py_DECREF(name);
    assert_null(getattr(a, "nope"));
    assert_raised(PyExc_AttributeError, "type object 'list' has no attribute 'nope'");
    PyObject *cls = getattr(a, "__class__");
    assert_ptr_equal(cls, &Py_GenericAliasType);
    Py_DECREF(cls);
    Py_DECREF(a);
}

static void
test_alias_without_parameters_is_not_subscriptable(void **state)
{
    PyObject *a = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    PyObject *params = getattr(a, "__parameters__");
    assert_repr(params, "()");
    Py_DECREF(params);
    assert_null(PyObject_GetItem(a, (PyObject *)&PyLong_Type));
    assert_raised(PyExc_TypeError, "list[int] is not a generic class");
    Py_DECREF(a);
}

static void
test_type_subscript_makes_an_alias(void **state)
{
    PyObject *a = PyObject_GetItem((PyObject *)&PyType_Type, (PyObject *)&PyLong_Type);
    assert_repr(a, "type[int]");
    Py_DECREF(a);
    assert_null(PyObject_GetItem((PyObject *)&PyLong_Type, (PyObject *)&PyLong_Type));
    assert_raised(PyExc_TypeError, "type 'int' is not subscriptable");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alias_wraps_a_single_argument_in_a_tuple),
        cmocka_unit_test(test_alias_repr_of_tuple_arguments),
        cmocka_unit_test(test_alias_compares_and_hashes_by_origin_and_args),
        cmocka_unit_test(test_alias_call_creates_an_origin_instance),
        cmocka_unit_test(test_alias_forwards_other_attributes_to_the_origin),
        cmocka_unit_test(test_alias_without_parameters_is_not_subscriptable),
        cmocka_unit_test(test_type_subscript_makes_an_alias),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
