// test_typeattr.c: attribute lookup of runtime/objects/typeattr.c: type dicts built by
// PyType_Ready, the MRO lookup and its method cache, generic getattr/setattr (descriptors,
// instance dicts, CPython's AttributeError messages with name/obj), type getattr/setattr,
// rt_object_lookup_attr and rt_object_get_method.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/typeattr.h"

static PyObject *
str(const char *s)
{
    PyObject *r = PyUnicode_InternFromString(s);
    assert_non_null(r);
    return r;
}

// ---- a C type with an instance dict, a data descriptor and a method --------------------------

typedef struct {
    PyObject_HEAD
    PyObject *dict;
    long x;
} Obj;

static void
obj_dealloc(PyObject *o)
{
    Py_XDECREF(((Obj *)o)->dict);
    Py_TYPE(o)->tp_free(o);
}

static PyObject *
obj_get_x(PyObject *o, void *closure)
{
    return PyLong_FromLong(((Obj *)o)->x);
}

static int
obj_set_x(PyObject *o, PyObject *v, void *closure)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete x");
        return -1;
    }
    ((Obj *)o)->x = PyLong_AsLong(v);
    return 0;
}

static PyObject *
obj_method(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("method");
}

static PyGetSetDef obj_getset[] = {
    {"x", obj_get_x, obj_set_x, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL},
};

static PyMethodDef obj_methods[] = {
    {"m", obj_method, METH_NOARGS, NULL},
    {NULL},
};

static PyTypeObject obj_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "Obj",
    .tp_basicsize = sizeof(Obj),
    .tp_dealloc = obj_dealloc,
    .tp_getset = obj_getset,
    .tp_methods = obj_methods,
    .tp_dictoffset = offsetof(Obj, dict),
    .tp_new = PyType_GenericNew,
};

static PyObject *
new_obj(void)
{
    assert_int_equal(PyType_Ready(&obj_type), 0);
    PyObject *o = PyObject_CallNoArgs((PyObject *)&obj_type);
    assert_non_null(o);
    return o;
}

// ---- type dicts -------------------------------------------------------------------------------

static void
test_type_dict_has_wrappers_only_for_own_slots(void **state)
{
    // int defines nb_add; bool inherits it, so bool's own dict has no __add__.
    assert_non_null(PyDict_GetItemString(PyLong_Type.tp_dict, "__add__"));
    assert_null(PyDict_GetItemString(PyBool_Type.tp_dict, "__add__"));
    assert_non_null(PyDict_GetItemString(PyBool_Type.tp_dict, "__repr__"));
    // int.__init__ is object's: int defines no tp_init.
    PyObject *init = PyObject_GetAttrString((PyObject *)&PyLong_Type, "__init__");
    assert_repr(init, "<slot wrapper '__init__' of 'object' objects>");
    Py_DECREF(init);
    PyObject *add = PyObject_GetAttrString((PyObject *)&PyBool_Type, "__add__");
    assert_repr(add, "<slot wrapper '__add__' of 'int' objects>");
    Py_DECREF(add);
}

static void
test_type_dict_hash_is_none_for_unhashable_types(void **state)
{
    PyObject *h = PyObject_GetAttrString((PyObject *)&PyList_Type, "__hash__");
    assert_ptr_equal(h, Py_None);
    Py_DECREF(h);
    h = PyObject_GetAttrString((PyObject *)&PyLong_Type, "__hash__");
    assert_repr(h, "<slot wrapper '__hash__' of 'int' objects>");
    Py_DECREF(h);
    h = PyObject_GetAttrString((PyObject *)&PyNone_Type, "__hash__");
    assert_repr(h, "<slot wrapper '__hash__' of 'object' objects>");
    Py_DECREF(h);
}

static void
test_type_dict_doc_without_signature(void **state)
{
    PyObject *doc = PyObject_GetAttrString((PyObject *)&PyBaseObject_Type, "__doc__");
    assert_repr(doc, "'The base class of the class hierarchy.\\n\\nWhen called, it accepts no "
                     "arguments and returns a new featureless\\ninstance that has no instance "
                     "attributes and cannot be given any.\\n'");
    Py_DECREF(doc);
    doc = PyObject_GetAttrString((PyObject *)&PyType_Type, "__doc__");
    assert_repr(doc, "\"type(object) -> the object's type\\ntype(name, bases, dict, **kwds) -> "
                     "a new type\"");
    Py_DECREF(doc);
}

static void
test_type_without_tp_new_cannot_be_instantiated(void **state)
{
    PyObject *list = PyList_New(0), *it = PyObject_GetIter(list);
    assert_null(PyObject_CallNoArgs((PyObject *)Py_TYPE(it)));
    assert_raised(PyExc_TypeError, "cannot create 'list_iterator' instances");
    assert_null(PyDict_GetItemString(Py_TYPE(it)->tp_dict, "__new__"));
    Py_DECREF(it);
    Py_DECREF(list);
}

// ---- lookup and the method cache --------------------------------------------------------------

static void
test_type_lookup_walks_the_mro(void **state)
{
    PyObject *name = str("__repr__");
    assert_ptr_equal(rt_type_lookup(&PyBool_Type, name),
                     PyDict_GetItemString(PyBool_Type.tp_dict, "__repr__"));
    PyObject *hook = str("__init_subclass__");
    assert_ptr_equal(rt_type_lookup(&PyBool_Type, hook),
                     PyDict_GetItemString(PyBaseObject_Type.tp_dict, "__init_subclass__"));
    PyObject *missing = str("no_such_attribute");
    assert_null(rt_type_lookup(&PyBool_Type, missing));
    assert_null(PyErr_Occurred());
}

static void
test_type_lookup_cache_hits_and_survives_modification(void **state)
{
    PyObject *name = str("m");
    PyObject *o = new_obj();
    PyObject *first = rt_type_lookup(&obj_type, name);
    size_t hits = rt_type_cache_hits();
    assert_ptr_equal(rt_type_lookup(&obj_type, name), first);
    assert_int_equal(rt_type_cache_hits(), hits + 1);

    // Changing the dict and the version tag: the cache gives the new value, not the old.
    unsigned int tag = obj_type.tp_version_tag;
    PyObject *one = PyLong_FromLong(1);
    PyObject *saved = Py_NewRef(first);
    assert_int_equal(PyDict_SetItem(obj_type.tp_dict, name, one), 0);
    rt_type_modified(&obj_type);
    assert_int_not_equal(obj_type.tp_version_tag, tag);
    assert_ptr_equal(rt_type_lookup(&obj_type, name), one);
    assert_int_equal(PyDict_SetItem(obj_type.tp_dict, name, saved), 0);
    rt_type_modified(&obj_type);
    assert_ptr_equal(rt_type_lookup(&obj_type, name), saved);

    rt_type_cache_clear();
    assert_ptr_equal(rt_type_lookup(&obj_type, name), saved);
    Py_DECREF(saved);
    Py_DECREF(one);
    Py_DECREF(o);
}

// ---- generic getattr/setattr ------------------------------------------------------------------

static void
test_getattr_missing_attribute_sets_name_and_obj(void **state)
{
    PyObject *o = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    PyObject *name = str("x");
    assert_null(PyObject_GetAttr(o, name));
    PyObject *exc = PyErr_GetRaisedException();
    assert_true(PyErr_GivenExceptionMatches(exc, PyExc_AttributeError));
    assert_str(exc, "'object' object has no attribute 'x'");
    PyAttributeErrorObject *ae = (PyAttributeErrorObject *)exc;
    assert_ptr_equal(ae->name, name);
    assert_ptr_equal(ae->obj, o);
    Py_DECREF(exc);

    PyObject *list = PyList_New(0);
    assert_null(PyObject_GetAttrString(list, "foo"));
    assert_raised(PyExc_AttributeError, "'list' object has no attribute 'foo'");
    assert_null(PyObject_GetAttrString((PyObject *)&PyLong_Type, "x"));
    assert_raised(PyExc_AttributeError, "type object 'int' has no attribute 'x'");
    PyObject *one = PyLong_FromLong(1);
    assert_null(PyObject_GetAttr(o, one));
    assert_raised(PyExc_TypeError, "attribute name must be string, not 'int'");
    Py_DECREF(one);
    Py_DECREF(list);
    Py_DECREF(o);
}

static void
test_setattr_errors_of_builtins(void **state)
{
    PyObject *o = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    PyObject *one = PyLong_FromLong(1), *list = PyList_New(0);
    assert_int_equal(PyObject_SetAttrString(o, "x", one), -1);
    PyObject *exc = PyErr_GetRaisedException();
    assert_str(exc, "'object' object has no attribute 'x'");
    // 3.11 records name/obj only for lookups, not for failed stores.
    assert_null(((PyAttributeErrorObject *)exc)->name);
    Py_DECREF(exc);
    assert_int_equal(PyObject_SetAttrString(o, "x", NULL), -1);
    assert_raised(PyExc_AttributeError, "'object' object has no attribute 'x'");
    assert_int_equal(PyObject_SetAttrString(one, "x", one), -1);
    assert_raised(PyExc_AttributeError, "'int' object has no attribute 'x'");
    assert_int_equal(PyObject_SetAttrString(one, "__add__", one), -1);
    assert_raised(PyExc_AttributeError, "'int' object attribute '__add__' is read-only");
    assert_int_equal(PyObject_SetAttrString(list, "__len__", NULL), -1);
    assert_raised(PyExc_AttributeError, "'list' object attribute '__len__' is read-only");
    assert_int_equal(PyObject_SetAttr(o, one, one), -1);
    assert_raised(PyExc_TypeError, "attribute name must be string, not 'int'");
    Py_DECREF(list);
    Py_DECREF(one);
    Py_DECREF(o);
}

static void
test_setattr_of_static_types_is_refused(void **state)
{
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString((PyObject *)&PyLong_Type, "x", one), -1);
    assert_raised(PyExc_TypeError, "cannot set 'x' attribute of immutable type 'int'");
    assert_int_equal(PyObject_SetAttrString((PyObject *)&PyLong_Type, "__name__", one), -1);
    assert_raised(PyExc_TypeError, "cannot set '__name__' attribute of immutable type 'int'");
    assert_int_equal(PyObject_SetAttrString((PyObject *)&PyLong_Type, "x", NULL), -1);
    assert_raised(PyExc_TypeError, "cannot set 'x' attribute of immutable type 'int'");
    Py_DECREF(one);
}

static void
test_instance_dict_is_created_on_first_store(void **state)
{
    PyObject *o = new_obj(), *v = PyLong_FromLong(42);
    assert_null(((Obj *)o)->dict);
    assert_int_equal(PyObject_SetAttrString(o, "attr", v), 0);
    assert_non_null(((Obj *)o)->dict);
    PyObject *r = PyObject_GetAttrString(o, "attr");
    assert_ptr_equal(r, v);
    Py_DECREF(r);
    PyObject *d = PyObject_GetAttrString(o, "__dict__");
    assert_repr(d, "{'attr': 42}");
    Py_DECREF(d);
    assert_int_equal(PyObject_SetAttrString(o, "attr", NULL), 0);
    assert_int_equal(PyObject_SetAttrString(o, "attr", NULL), -1);
    assert_raised(PyExc_AttributeError, "'Obj' object has no attribute 'attr'");
    assert_null(PyObject_GetAttrString(o, "attr"));
    assert_raised(PyExc_AttributeError, "'Obj' object has no attribute 'attr'");
    Py_DECREF(v);
    Py_DECREF(o);
}

static void
test_data_descriptors_win_over_the_instance_dict(void **state)
{
    PyObject *o = new_obj(), *seven = PyLong_FromLong(7), *s = PyUnicode_FromString("shadow");
    // x is a getset (data descriptor): stores go to the field, not the dict.
    assert_int_equal(PyObject_SetAttrString(o, "x", seven), 0);
    assert_int_equal(((Obj *)o)->x, 7);
    assert_null(((Obj *)o)->dict);
    // m is a method (non-data): the instance dict shadows it.
    PyObject *m = PyObject_GetAttrString(o, "m"), *r = PyObject_CallNoArgs(m);
    assert_repr(r, "'method'");
    Py_DECREF(r);
    Py_DECREF(m);
    assert_int_equal(PyObject_SetAttrString(o, "m", s), 0);
    m = PyObject_GetAttrString(o, "m");
    assert_ptr_equal(m, s);
    Py_DECREF(m);
    // A dict entry named x does not hide the getset.
    PyObject *d = PyObject_GetAttrString(o, "__dict__");
    PyDict_SetItemString(d, "x", s);
    PyObject *x = PyObject_GetAttrString(o, "x");
    assert_repr(x, "7");
    Py_DECREF(x);
    Py_DECREF(d);
    Py_DECREF(seven);
    Py_DECREF(s);
    Py_DECREF(o);
}

static void
test_dict_getset_replaces_and_refuses_deletion(void **state)
{
    PyObject *o = new_obj(), *d = PyDict_New(), *one = PyLong_FromLong(1);
    PyDict_SetItemString(d, "k", one);
    assert_int_equal(PyObject_SetAttrString(o, "__dict__", d), 0);
    PyObject *k = PyObject_GetAttrString(o, "k");
    assert_ptr_equal(k, one);
    Py_DECREF(k);
    assert_int_equal(PyObject_SetAttrString(o, "__dict__", one), -1);
    assert_raised(PyExc_TypeError, "__dict__ must be set to a dictionary, not a 'int'");
    assert_int_equal(PyObject_SetAttrString(o, "__dict__", NULL), -1);
    assert_raised(PyExc_TypeError, "cannot delete __dict__");
    PyObject *plain = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    assert_null(PyObject_GenericGetDict(plain, NULL));
    assert_raised(PyExc_AttributeError, "This object has no __dict__");
    Py_DECREF(plain);
    Py_DECREF(one);
    Py_DECREF(d);
    Py_DECREF(o);
}

// ---- lookup_attr, hasattr, get_method -------------------------------------------------------

static void
test_lookup_attr_reports_absence_without_an_exception(void **state)
{
    PyObject *list = PyList_New(0), *r = (PyObject *)1;
    assert_int_equal(rt_object_lookup_attr(list, str("nope"), &r), 0);
    assert_null(r);
    assert_null(PyErr_Occurred());
    assert_int_equal(rt_object_lookup_attr((PyObject *)&PyLong_Type, str("nope"), &r), 0);
    assert_null(PyErr_Occurred());
    assert_int_equal(rt_object_lookup_attr((PyObject *)&PyLong_Type, str("__name__"), &r), 1);
    assert_repr(r, "'int'");
    Py_DECREF(r);
    assert_int_equal(PyObject_HasAttr(list, str("__len__")), 1);
    assert_int_equal(PyObject_HasAttr(list, str("nope")), 0);
    assert_null(PyErr_Occurred());
    Py_DECREF(list);
}

static void
test_get_method_returns_unbound_descriptors(void **state)
{
    PyObject *five = PyLong_FromLong(5), *two = PyLong_FromLong(2);
    int unbound = -1;
    PyObject *m = rt_object_get_method(five, str("__add__"), &unbound);
    assert_int_equal(unbound, 1);
    assert_repr(m, "<slot wrapper '__add__' of 'int' objects>");
    PyObject *args[2] = {five, two};
    PyObject *r = rt_call_vector(m, args, 2, NULL);
    assert_repr(r, "7");
    Py_DECREF(r);
    Py_DECREF(m);

    // An instance attribute shadows the method: it comes back as is.
    PyObject *o = new_obj(), *s = PyUnicode_FromString("shadow");
    m = rt_object_get_method(o, str("m"), &unbound);
    assert_int_equal(unbound, 1);
    assert_repr(m, "<method 'm' of 'Obj' objects>");
    Py_DECREF(m);
    assert_int_equal(PyObject_SetAttrString(o, "m", s), 0);
    m = rt_object_get_method(o, str("m"), &unbound);
    assert_int_equal(unbound, 0);
    assert_ptr_equal(m, s);
    Py_DECREF(m);
    // Data descriptors are called; types go through their own getattr.
    m = rt_object_get_method(o, str("x"), &unbound);
    assert_int_equal(unbound, 0);
    assert_repr(m, "0");
    Py_DECREF(m);
    m = rt_object_get_method((PyObject *)&PyLong_Type, str("mro"), &unbound);
    assert_int_equal(unbound, 0);
    char expected[100];
    snprintf(expected, sizeof expected, "<built-in method mro of type object at %p>",
             (void *)&PyLong_Type);
    assert_repr(m, expected);
    Py_DECREF(m);
    assert_null(rt_object_get_method(five, str("nope"), &unbound));
    PyObject *exc = PyErr_GetRaisedException();
    assert_str(exc, "'int' object has no attribute 'nope'");
    assert_ptr_equal(((PyAttributeErrorObject *)exc)->obj, five);
    Py_DECREF(exc);
    Py_DECREF(s);
    Py_DECREF(o);
    Py_DECREF(five);
    Py_DECREF(two);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_dict_has_wrappers_only_for_own_slots),
        cmocka_unit_test(test_type_dict_hash_is_none_for_unhashable_types),
        cmocka_unit_test(test_type_dict_doc_without_signature),
        cmocka_unit_test(test_type_without_tp_new_cannot_be_instantiated),
        cmocka_unit_test(test_type_lookup_walks_the_mro),
        cmocka_unit_test(test_type_lookup_cache_hits_and_survives_modification),
        cmocka_unit_test(test_getattr_missing_attribute_sets_name_and_obj),
        cmocka_unit_test(test_setattr_errors_of_builtins),
        cmocka_unit_test(test_setattr_of_static_types_is_refused),
        cmocka_unit_test(test_instance_dict_is_created_on_first_store),
        cmocka_unit_test(test_data_descriptors_win_over_the_instance_dict),
        cmocka_unit_test(test_dict_getset_replaces_and_refuses_deletion),
        cmocka_unit_test(test_lookup_attr_reports_absence_without_an_exception),
        cmocka_unit_test(test_get_method_returns_unbound_descriptors),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
