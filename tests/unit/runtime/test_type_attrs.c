// test_type_attrs.c: the attributes of `type` and `object` (runtime/objects/type_attrs.c) and
// the __new__ wrapper of the slot table (slotdefs.c). Expected values are CPython 3.11's.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"

static void
assert_attr_repr(PyObject *o, const char *name, const char *expected)
{
    PyObject *v = PyObject_GetAttrString(o, name);
    assert_non_null(v);
    assert_repr(v, expected);
    Py_DECREF(v);
}

// o.name(*args) through PyObject_VectorcallMethod.
static PyObject *
call_method(PyObject *o, const char *name, int n, PyObject *arg)
{
    PyObject *args[2] = {o, arg};
    return PyObject_VectorcallMethod(PyUnicode_InternFromString(name), args, (size_t)(n + 1),
                                     NULL);
}

static PyObject *
new_object(void)
{
    PyObject *o = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    assert_non_null(o);
    return o;
}

static void
test_type_names_and_module(void **state)
{
    PyObject *t = (PyObject *)&PyLong_Type;
    assert_attr_repr(t, "__name__", "'int'");
    assert_attr_repr(t, "__qualname__", "'int'");
    assert_attr_repr(t, "__module__", "'builtins'");
    assert_attr_repr((PyObject *)&PyType_Type, "__module__", "'builtins'");
    assert_attr_repr((PyObject *)&PyBool_Type, "__qualname__", "'bool'");
}

static void
test_type_mro_bases_and_base(void **state)
{
    assert_attr_repr((PyObject *)&PyLong_Type, "__mro__", "(<class 'int'>, <class 'object'>)");
    assert_attr_repr((PyObject *)&PyBool_Type, "__mro__",
                     "(<class 'bool'>, <class 'int'>, <class 'object'>)");
    assert_attr_repr((PyObject *)&PyLong_Type, "__bases__", "(<class 'object'>,)");
    assert_attr_repr((PyObject *)&PyBaseObject_Type, "__bases__", "()");
    assert_attr_repr((PyObject *)&PyLong_Type, "__base__", "<class 'object'>");
    assert_attr_repr((PyObject *)&PyBaseObject_Type, "__base__", "None");
    assert_attr_repr((PyObject *)&PyType_Type, "__mro__", "(<class 'type'>, <class 'object'>)");
    PyObject *r = call_method((PyObject *)&PyLong_Type, "mro", 0, NULL);
    assert_repr(r, "[<class 'int'>, <class 'object'>]");
    Py_DECREF(r);
    PyObject *args[1] = {(PyObject *)&PyLong_Type};
    PyObject *mro = PyObject_GetAttrString((PyObject *)&PyType_Type, "mro");
    r = rt_call_vector(mro, args, 1, NULL);
    assert_repr(r, "[<class 'int'>, <class 'object'>]");
    Py_DECREF(r);
    Py_DECREF(mro);
}

static void
test_type_doc_and_dict(void **state)
{
    PyObject *doc = PyObject_GetAttrString((PyObject *)&PyType_Type, "__doc__");
    assert_repr(doc, "\"type(object) -> the object's type\\ntype(name, bases, dict, **kwds) -> "
                     "a new type\"");
    Py_DECREF(doc);
    PyObject *d = PyObject_GetAttrString((PyObject *)&PyType_Type, "__dict__");
    assert_string_equal(rt_type_name(Py_TYPE(d)), "mappingproxy");
    Py_DECREF(d);
    assert_attr_repr((PyObject *)&PyType_Type, "__text_signature__", "None");
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString((PyObject *)&PyLong_Type, "__doc__", one), -1);
    assert_raised(PyExc_TypeError, "cannot set '__doc__' attribute of immutable type 'int'");
    Py_DECREF(one);
}

static void
test_type_dict_lists_its_attributes(void **state)
{
    const char *names[] = {"__new__", "__repr__", "__call__", "__getattribute__", "__setattr__",
                           "__delattr__", "mro", "__instancecheck__", "__subclasscheck__",
                           "__dir__", "__sizeof__", "__basicsize__", "__itemsize__", "__flags__",
                           "__weakrefoffset__", "__base__", "__dictoffset__", "__mro__",
                           "__name__", "__qualname__", "__bases__", "__module__", "__dict__",
                           "__doc__", "__text_signature__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (PyDict_GetItemString(PyType_Type.tp_dict, names[i]) == NULL)
            fail_msg("type.__dict__ lacks %s", names[i]);
    }
}

static void
test_type_instancecheck_and_subclasscheck(void **state)
{
    PyObject *t = (PyObject *)&PyLong_Type;
    PyObject *r = call_method(t, "__instancecheck__", 1, Py_True);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    r = call_method(t, "__subclasscheck__", 1, (PyObject *)&PyBool_Type);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    assert_null(call_method(t, "__subclasscheck__", 1, Py_True));
    assert_raised(PyExc_TypeError, "issubclass() arg 1 must be a class");
}

// ---- object ---------------------------------------------------------------------------------

static void
test_object_class_attribute(void **state)
{
    PyObject *o = new_object(), *one = PyLong_FromLong(1);
    assert_attr_repr(o, "__class__", "<class 'object'>");
    assert_attr_repr(one, "__class__", "<class 'int'>");
    assert_int_equal(PyObject_SetAttrString(o, "__class__", one), -1);
    assert_raised(PyExc_TypeError, "__class__ must be set to a class, not 'int' object");
    assert_int_equal(PyObject_SetAttrString(o, "__class__", (PyObject *)&PyLong_Type), -1);
    assert_raised(PyExc_TypeError, "__class__ assignment only supported for mutable types or "
                                   "ModuleType subclasses");
    assert_int_equal(PyObject_SetAttrString(o, "__class__", NULL), -1);
    assert_raised(PyExc_TypeError, "can't delete __class__ attribute");
    Py_DECREF(one);
    Py_DECREF(o);
}

static void
test_object_format_accepts_only_the_empty_spec(void **state)
{
    PyObject *one = PyLong_FromLong(1), *empty = PyUnicode_FromString(""), *x = PyUnicode_FromString("x");
    PyObject *fmt = PyObject_GetAttrString((PyObject *)&PyBaseObject_Type, "__format__");
    PyObject *args[2] = {one, empty};
    PyObject *r = rt_call_vector(fmt, args, 2, NULL);
    assert_repr(r, "'1'");
    Py_DECREF(r);
    args[1] = x;
    assert_null(rt_call_vector(fmt, args, 2, NULL));
    assert_raised(PyExc_TypeError, "unsupported format string passed to int.__format__");
    args[1] = one;
    assert_null(rt_call_vector(fmt, args, 2, NULL));
    assert_raised(PyExc_TypeError, "__format__() argument must be str, not int");
    Py_DECREF(fmt);
    Py_DECREF(one);
    Py_DECREF(empty);
    Py_DECREF(x);
}

static void
test_object_sizeof_dir_and_hooks(void **state)
{
    PyObject *o = new_object();
    PyObject *r = call_method(o, "__sizeof__", 0, NULL);
    assert_repr(r, "16");
    Py_DECREF(r);
    r = call_method(o, "__dir__", 0, NULL);
    assert_true(PyList_Check(r));
    const char *names[] = {"__class__", "__doc__", "__format__", "__new__", "__eq__", "__dir__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        PyObject *s = PyUnicode_FromString(names[i]);
        assert_int_equal(PySequence_Contains(r, s), 1);
        Py_DECREF(s);
    }
    Py_DECREF(r);
    r = call_method((PyObject *)&PyBaseObject_Type, "__subclasshook__", 0, NULL);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    r = call_method((PyObject *)&PyBaseObject_Type, "__init_subclass__", 0, NULL);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    Py_DECREF(o);
}

static void
test_object_slot_wrappers(void **state)
{
    PyObject *o = new_object();
    PyObject *r = call_method(o, "__eq__", 1, o);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    r = call_method(o, "__lt__", 1, o);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    r = call_method(o, "__repr__", 0, NULL);
    char expected[64];
    snprintf(expected, sizeof expected, "'<object object at %p>'", (void *)o);
    assert_repr(r, expected);
    Py_DECREF(r);
    PyObject *name = PyUnicode_FromString("x"), *one = PyLong_FromLong(1);
    PyObject *args[3] = {o, name, one};
    PyObject *setattr = PyObject_GetAttrString((PyObject *)&PyBaseObject_Type, "__setattr__");
    assert_null(rt_call_vector(setattr, args, 3, NULL));
    assert_raised(PyExc_AttributeError, "'object' object has no attribute 'x'");
    // object.__setattr__ cannot bypass type's own setattro.
    args[0] = (PyObject *)&PyLong_Type;
    assert_null(rt_call_vector(setattr, args, 3, NULL));
    assert_raised(PyExc_TypeError, "can't apply this __setattr__ to type object");
    Py_DECREF(setattr);
    Py_DECREF(name);
    Py_DECREF(one);
    Py_DECREF(o);
}

// ---- __new__ ----------------------------------------------------------------------------------

static void
test_new_wrapper_is_a_builtin_method_of_the_type(void **state)
{
    PyObject *new = PyObject_GetAttrString((PyObject *)&PyLong_Type, "__new__");
    char expected[100];
    snprintf(expected, sizeof expected, "<built-in method __new__ of type object at %p>",
             (void *)&PyLong_Type);
    assert_repr(new, expected);
    assert_attr_repr(new, "__qualname__", "'int.__new__'");
    assert_attr_repr(new, "__self__", "<class 'int'>");
    assert_attr_repr(new, "__doc__",
                     "'Create and return a new object.  See help(type) for accurate signature.'");
    PyObject *args[1] = {(PyObject *)&PyLong_Type};
    PyObject *r = rt_call_vector(new, args, 1, NULL);
    assert_repr(r, "0");
    Py_DECREF(r);
    Py_DECREF(new);
}

static void
test_new_wrapper_checks_the_subtype(void **state)
{
    PyObject *int_new = PyObject_GetAttrString((PyObject *)&PyLong_Type, "__new__");
    PyObject *obj_new = PyObject_GetAttrString((PyObject *)&PyBaseObject_Type, "__new__");
    PyObject *one = PyLong_FromLong(1);
    PyObject *args[1];
    args[0] = (PyObject *)&PyLong_Type;
    assert_null(rt_call_vector(obj_new, args, 1, NULL));
    assert_raised(PyExc_TypeError, "object.__new__(int) is not safe, use int.__new__()");
    args[0] = (PyObject *)&PyBool_Type;
    assert_null(rt_call_vector(int_new, args, 1, NULL));
    assert_raised(PyExc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    args[0] = (PyObject *)&PyBaseObject_Type;
    assert_null(rt_call_vector(int_new, args, 1, NULL));
    assert_raised(PyExc_TypeError, "int.__new__(object): object is not a subtype of int");
    args[0] = one;
    assert_null(rt_call_vector(int_new, args, 1, NULL));
    assert_raised(PyExc_TypeError, "int.__new__(X): X is not a type object (int)");
    assert_null(rt_call_vector(int_new, NULL, 0, NULL));
    assert_raised(PyExc_TypeError, "int.__new__(): not enough arguments");
    args[0] = (PyObject *)&PyBaseObject_Type;
    PyObject *o = rt_call_vector(obj_new, args, 1, NULL);
    assert_attr_repr(o, "__class__", "<class 'object'>");
    Py_DECREF(o);
    Py_DECREF(one);
    Py_DECREF(int_new);
    Py_DECREF(obj_new);
}

static void
test_module_class_can_be_swapped_between_module_types(void **state)
{
    // Both sides are the module type: allowed by the ModuleType exception to immutability.
    PyObject *m = PyModule_New("m");
    assert_int_equal(PyObject_SetAttrString(m, "__class__", (PyObject *)&PyModule_Type), 0);
    assert_attr_repr(m, "__class__", "<class 'module'>");
    Py_DECREF(m);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_names_and_module),
        cmocka_unit_test(test_type_mro_bases_and_base),
        cmocka_unit_test(test_type_doc_and_dict),
        cmocka_unit_test(test_type_dict_lists_its_attributes),
        cmocka_unit_test(test_type_instancecheck_and_subclasscheck),
        cmocka_unit_test(test_object_class_attribute),
        cmocka_unit_test(test_object_format_accepts_only_the_empty_spec),
        cmocka_unit_test(test_object_sizeof_dir_and_hooks),
        cmocka_unit_test(test_object_slot_wrappers),
        cmocka_unit_test(test_new_wrapper_is_a_builtin_method_of_the_type),
        cmocka_unit_test(test_new_wrapper_checks_the_subtype),
        cmocka_unit_test(test_module_class_can_be_swapped_between_module_types),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
