// test_descr.c: the descriptor types of runtime/objects/descr.c (method, classmethod, member,
// getset, slot wrapper, method-wrapper), struct members (descr_member.c) and mappingproxy
// (mappingproxy.c). Expected strings are CPython 3.11's.
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
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"

// type.__dict__[name] etc.: a borrowed entry of a type's own dict.
static PyObject *
dict_entry(PyTypeObject *t, const char *name)
{
    PyObject *v = PyDict_GetItemString(t->tp_dict, name);
    assert_non_null(v);
    return v;
}

static PyObject *
getattr(PyObject *o, const char *name)
{
    PyObject *r = PyObject_GetAttrString(o, name);
    assert_non_null(r);
    return r;
}

// Call callable(*args) through the vectorcall entry.
static PyObject *
call(PyObject *callable, int n, ...)
{
    PyObject *args[8];
    va_list va;
    va_start(va, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(va, PyObject *);
    va_end(va);
    return rt_call_vector(callable, args, (size_t)n, NULL);
}

static void
assert_attr_repr(PyObject *o, const char *name, const char *expected)
{
    PyObject *v = getattr(o, name);
    assert_repr(v, expected);
    Py_DECREF(v);
}

// ---- a C type with members of every common kind ----------------------------------------

typedef struct {
    PyObject_HEAD
    int i;
    double d;
    char flag;
    Py_ssize_t n;
    PyObject *obj;
    PyObject *obj_ex;
    const char *text;
} Rec;

static void
rec_dealloc(PyObject *o)
{
    Py_XDECREF(((Rec *)o)->obj);
    Py_XDECREF(((Rec *)o)->obj_ex);
    Py_TYPE(o)->tp_free(o);
}

static PyMemberDef rec_members[] = {
    {"i", T_INT, offsetof(Rec, i), 0, "an int"},
    {"d", T_DOUBLE, offsetof(Rec, d), 0, NULL},
    {"flag", T_BOOL, offsetof(Rec, flag), 0, NULL},
    {"n", T_PYSSIZET, offsetof(Rec, n), READONLY, NULL},
    {"obj", T_OBJECT, offsetof(Rec, obj), 0, NULL},
    {"obj_ex", T_OBJECT_EX, offsetof(Rec, obj_ex), 0, NULL},
    {"text", T_STRING, offsetof(Rec, text), READONLY, NULL},
    {NULL},
};

static PyTypeObject rec_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "test.Rec",
    .tp_basicsize = sizeof(Rec),
    .tp_dealloc = rec_dealloc,
    .tp_members = rec_members,
    .tp_new = PyType_GenericNew,
};

static PyObject *
new_rec(void)
{
    assert_int_equal(PyType_Ready(&rec_type), 0);
    return PyObject_CallNoArgs((PyObject *)&rec_type);
}

// ---- reprs ------------------------------------------------------------------------------

static void
test_descr_reprs_of_every_kind(void **state)
{
    assert_repr(dict_entry(&PyType_Type, "mro"), "<method 'mro' of 'type' objects>");
    assert_repr(dict_entry(&PyBaseObject_Type, "__init_subclass__"),
                "<method '__init_subclass__' of 'object' objects>");
    assert_repr(dict_entry(&PyType_Type, "__name__"), "<attribute '__name__' of 'type' objects>");
    assert_repr(dict_entry(&PyModule_Type, "__dict__"), "<member '__dict__' of 'module' objects>");
    assert_repr(dict_entry(&PyCFunction_Type, "__module__"),
                "<member '__module__' of 'builtin_function_or_method' objects>");
    assert_repr(dict_entry(&PyLong_Type, "__add__"), "<slot wrapper '__add__' of 'int' objects>");
    assert_repr(dict_entry(&PyType_Type, "__mro__"), "<member '__mro__' of 'type' objects>");

    PyObject *one = PyLong_FromLong(1);
    PyObject *w = getattr(one, "__add__");
    char expected[100];
    snprintf(expected, sizeof expected, "<method-wrapper '__add__' of int object at %p>",
             (void *)one);
    assert_repr(w, expected);
    Py_DECREF(w);
    Py_DECREF(one);
}

static void
test_descr_type_names_match_cpython(void **state)
{
    assert_string_equal(rt_type_name(Py_TYPE(dict_entry(&PyType_Type, "mro"))),
                        "method_descriptor");
    assert_string_equal(rt_type_name(Py_TYPE(dict_entry(&PyBaseObject_Type, "__init_subclass__"))),
                        "classmethod_descriptor");
    assert_string_equal(rt_type_name(Py_TYPE(dict_entry(&PyType_Type, "__name__"))),
                        "getset_descriptor");
    assert_string_equal(rt_type_name(Py_TYPE(dict_entry(&PyModule_Type, "__dict__"))),
                        "member_descriptor");
    assert_string_equal(rt_type_name(Py_TYPE(dict_entry(&PyLong_Type, "__add__"))),
                        "wrapper_descriptor");
    assert_repr((PyObject *)&rt_method_wrapper_type, "<class 'method-wrapper'>");
    assert_repr((PyObject *)&PyDictProxy_Type, "<class 'mappingproxy'>");
}

// ---- method_descriptor ------------------------------------------------------------------

static void
test_descr_method_get_binds_an_instance(void **state)
{
    PyObject *d = dict_entry(&PyType_Type, "mro");
    PyTypeObject *dt = Py_TYPE(d);
    PyObject *bound = dt->tp_descr_get(d, (PyObject *)&PyLong_Type, (PyObject *)&PyType_Type);
    char expected[100];
    snprintf(expected, sizeof expected, "<built-in method mro of type object at %p>",
             (void *)&PyLong_Type);
    assert_repr(bound, expected);
    PyObject *r = call(bound, 0);
    assert_repr(r, "[<class 'int'>, <class 'object'>]");
    Py_DECREF(r);
    Py_DECREF(bound);

    PyObject *same = dt->tp_descr_get(d, NULL, (PyObject *)&PyType_Type);
    assert_ptr_equal(same, d);
    Py_DECREF(same);

    PyObject *one = PyLong_FromLong(1);
    assert_null(dt->tp_descr_get(d, one, NULL));
    assert_raised(PyExc_TypeError, "descriptor 'mro' for 'type' objects doesn't apply to a "
                                   "'int' object");
    Py_DECREF(one);
}

static void
test_descr_unbound_method_call_checks_self_and_arguments(void **state)
{
    PyObject *d = dict_entry(&PyType_Type, "mro"), *one = PyLong_FromLong(1);
    PyObject *r = call(d, 1, (PyObject *)&PyBool_Type);
    assert_repr(r, "[<class 'bool'>, <class 'int'>, <class 'object'>]");
    Py_DECREF(r);
    assert_null(call(d, 0));
    assert_raised(PyExc_TypeError, "unbound method type.mro() needs an argument");
    assert_null(call(d, 1, one));
    assert_raised(PyExc_TypeError,
                  "descriptor 'mro' for 'type' objects doesn't apply to a 'int' object");
    assert_null(call(d, 2, (PyObject *)&PyLong_Type, one));
    assert_raised(PyExc_TypeError, "type.mro() takes no arguments (1 given)");
    PyObject *kwnames = PyTuple_Pack(1, PyUnicode_InternFromString("x"));
    PyObject *args[2] = {(PyObject *)&PyLong_Type, one};
    assert_null(rt_call_vector(d, args, 1, kwnames));
    assert_raised(PyExc_TypeError, "type.mro() takes no keyword arguments");
    // The tuple path (tp_call) gives the same answers.
    PyObject *tup = PyTuple_Pack(1, (PyObject *)&PyLong_Type);
    r = PyObject_Call(d, tup, NULL);
    assert_repr(r, "[<class 'int'>, <class 'object'>]");
    Py_DECREF(r);
    Py_DECREF(tup);
    Py_DECREF(kwnames);
    Py_DECREF(one);
}

static void
test_descr_method_attributes(void **state)
{
    PyObject *d = dict_entry(&PyBaseObject_Type, "__format__");
    assert_attr_repr(d, "__qualname__", "'object.__format__'");
    assert_attr_repr(d, "__name__", "'__format__'");
    assert_attr_repr(d, "__objclass__", "<class 'object'>");
    assert_attr_repr(d, "__doc__", "'Default object formatter.'");
    assert_attr_repr(d, "__text_signature__", "'($self, format_spec, /)'");
    assert_attr_repr(dict_entry(&PyType_Type, "__name__"), "__doc__", "None");
    assert_attr_repr(dict_entry(&PyType_Type, "__name__"), "__qualname__", "'type.__name__'");
    assert_attr_repr(dict_entry(&PyModule_Type, "__dict__"), "__qualname__", "'module.__dict__'");
}

// ---- classmethod_descriptor ---------------------------------------------------------------

static void
test_descr_classmethod_binds_the_class(void **state)
{
    PyObject *d = dict_entry(&PyBaseObject_Type, "__init_subclass__");
    PyObject *one = PyLong_FromLong(1);
    PyObject *bound = getattr((PyObject *)&PyBaseObject_Type, "__init_subclass__");
    char expected[100];
    snprintf(expected, sizeof expected, "<built-in method __init_subclass__ of type object at %p>",
             (void *)&PyBaseObject_Type);
    assert_repr(bound, expected);
    assert_attr_repr(bound, "__self__", "<class 'object'>");
    Py_DECREF(bound);

    PyObject *r = call(d, 1, (PyObject *)&PyLong_Type);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_null(call(d, 0));
    assert_raised(PyExc_TypeError,
                  "descriptor '__init_subclass__' of 'object' object needs an argument");
    assert_null(call(d, 1, one));
    assert_raised(PyExc_TypeError, "descriptor '__init_subclass__' for type 'object' needs a "
                                   "type, not a 'int' as arg 2");
    assert_null(Py_TYPE(d)->tp_descr_get(d, NULL, one));
    assert_raised(PyExc_TypeError, "descriptor '__init_subclass__' for type 'object' needs a "
                                   "type, not a 'int' as arg 2");
    Py_DECREF(one);
}

// ---- member_descriptor ----------------------------------------------------------------------

static void
test_descr_members_read_and_write_fields(void **state)
{
    PyObject *r = new_rec();
    ((Rec *)r)->i = 7;
    ((Rec *)r)->d = 2.5;
    ((Rec *)r)->n = -3;
    ((Rec *)r)->text = "hi";
    assert_attr_repr(r, "i", "7");
    assert_attr_repr(r, "d", "2.5");
    assert_attr_repr(r, "flag", "False");
    assert_attr_repr(r, "n", "-3");
    assert_attr_repr(r, "obj", "None");
    assert_attr_repr(r, "text", "'hi'");

    PyObject *v = PyLong_FromLong(-42);
    assert_int_equal(PyObject_SetAttrString(r, "i", v), 0);
    assert_int_equal(((Rec *)r)->i, -42);
    assert_int_equal(PyObject_SetAttrString(r, "obj", v), 0);
    assert_attr_repr(r, "obj", "-42");
    assert_int_equal(PyObject_SetAttrString(r, "obj", NULL), 0);
    assert_attr_repr(r, "obj", "None");
    assert_int_equal(PyObject_SetAttrString(r, "flag", Py_True), 0);
    assert_attr_repr(r, "flag", "True");
    PyObject *f = PyFloat_FromDouble(0.25);
    assert_int_equal(PyObject_SetAttrString(r, "d", f), 0);
    assert_true(((Rec *)r)->d == 0.25);
    Py_DECREF(f);
    Py_DECREF(v);
    Py_DECREF(r);
}

static void
test_descr_member_errors(void **state)
{
    PyObject *r = new_rec(), *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString(r, "n", one), -1);
    assert_raised(PyExc_AttributeError, "readonly attribute");
    assert_int_equal(PyObject_SetAttrString(r, "i", NULL), -1);
    assert_raised(PyExc_TypeError, "can't delete numeric/char attribute");
    assert_int_equal(PyObject_SetAttrString(r, "flag", one), -1);
    assert_raised(PyExc_TypeError, "attribute value type must be bool");
    assert_null(PyObject_GetAttrString(r, "obj_ex"));
    assert_raised(PyExc_AttributeError, "'test.Rec' object has no attribute 'obj_ex'");
    assert_int_equal(PyObject_SetAttrString(r, "obj_ex", NULL), -1);
    assert_raised(PyExc_AttributeError, "obj_ex");
    PyObject *s = PyUnicode_FromString("x");
    assert_int_equal(PyObject_SetAttrString(r, "i", s), -1);
    assert_raised(PyExc_TypeError, NULL);
    Py_DECREF(s);

    // module.__dict__ is a read-only member: CPython says so for both set and delete.
    PyObject *m = PyModule_New("a"), *d = PyDict_New();
    assert_int_equal(PyObject_SetAttrString(m, "__dict__", d), -1);
    assert_raised(PyExc_AttributeError, "readonly attribute");
    PyObject *md = dict_entry(&PyModule_Type, "__dict__");
    assert_int_equal(Py_TYPE(md)->tp_descr_set(md, one, d), -1);
    assert_raised(PyExc_TypeError,
                  "descriptor '__dict__' for 'module' objects doesn't apply to a 'int' object");
    assert_repr(dict_entry(&rec_type, "i"), "<member 'i' of 'test.Rec' objects>");
    assert_attr_repr(dict_entry(&rec_type, "i"), "__doc__", "'an int'");
    Py_DECREF(d);
    Py_DECREF(m);
    Py_DECREF(one);
    Py_DECREF(r);
}

// ---- getset_descriptor ----------------------------------------------------------------------

static void
test_descr_getset_without_setter_is_not_writable(void **state)
{
    // type.__dict__ has no setter (type.__name__ has one: classes can be renamed).
    PyObject *g = dict_entry(&PyType_Type, "__dict__");
    PyObject *v = PyUnicode_FromString("x");
    assert_int_equal(Py_TYPE(g)->tp_descr_set(g, (PyObject *)&PyLong_Type, v), -1);
    assert_raised(PyExc_AttributeError, "attribute '__dict__' of 'type' objects is not writable");
    PyObject *one = PyLong_FromLong(1);
    assert_null(Py_TYPE(g)->tp_descr_get(g, one, NULL));
    assert_raised(PyExc_TypeError,
                  "descriptor '__dict__' for 'type' objects doesn't apply to a 'int' object");
    PyObject *name = Py_TYPE(g)->tp_descr_get(g, (PyObject *)&PyBool_Type, NULL);
    assert_true(name != NULL && Py_IS_TYPE(name, &PyDictProxy_Type));
    Py_DECREF(name);
    Py_DECREF(one);
    Py_DECREF(v);
}

// ---- wrapper_descriptor and method-wrapper ------------------------------------------------

static void
test_descr_slot_wrapper_calls_the_slot(void **state)
{
    PyObject *add = getattr((PyObject *)&PyLong_Type, "__add__");
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2), *half = PyFloat_FromDouble(0.5);
    PyObject *s = PyUnicode_FromString("a");
    PyObject *r = call(add, 2, one, two);
    assert_repr(r, "3");
    Py_DECREF(r);
    r = call(add, 2, one, half);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    assert_null(call(add, 0));
    assert_raised(PyExc_TypeError, "descriptor '__add__' of 'int' object needs an argument");
    assert_null(call(add, 2, s, one));
    assert_raised(PyExc_TypeError,
                  "descriptor '__add__' requires a 'int' object but received a 'str'");
    assert_null(call(add, 1, one));
    assert_raised(PyExc_TypeError, "expected 1 argument, got 0");
    assert_null(call(add, 3, one, two, two));
    assert_raised(PyExc_TypeError, "expected 1 argument, got 2");
    PyObject *kwnames = PyTuple_Pack(1, PyUnicode_InternFromString("x"));
    PyObject *args[2] = {one, two};
    assert_null(rt_call_vector(add, args, 1, kwnames));
    assert_raised(PyExc_TypeError, "wrapper __add__() takes no keyword arguments");
    Py_DECREF(kwnames);
    Py_DECREF(add);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(half);
    Py_DECREF(s);
}

static void
test_descr_slot_wrappers_of_many_slots(void **state)
{
    PyObject *five = PyLong_FromLong(5), *seven = PyLong_FromLong(7), *two = PyLong_FromLong(2);
    PyObject *three = PyLong_FromLong(3), *zero = PyLong_FromLong(0);
    struct {
        PyObject *self;
        const char *name;
        int n;
        PyObject *a, *b;
        const char *expected;
    } cases[] = {
        {five, "__rsub__", 1, seven, NULL, "2"},
        {two, "__pow__", 1, three, NULL, "8"},
        {two, "__pow__", 2, three, five, "3"},
        {three, "__neg__", 0, NULL, NULL, "-3"},
        {zero, "__bool__", 0, NULL, NULL, "False"},
        {seven, "__hash__", 0, NULL, NULL, "7"},
        {seven, "__index__", 0, NULL, NULL, "7"},
        {five, "__lt__", 1, seven, NULL, "True"},
        {five, "__repr__", 0, NULL, NULL, "'5'"},
        {five, "__str__", 0, NULL, NULL, "'5'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *m = getattr(cases[i].self, cases[i].name);
        PyObject *r = call(m, cases[i].n, cases[i].a, cases[i].b);
        assert_repr(r, cases[i].expected);
        Py_DECREF(r);
        Py_DECREF(m);
    }
    PyObject *pow = getattr(two, "__pow__");
    assert_null(call(pow, 0));
    assert_raised(PyExc_TypeError, " expected at least 1 argument, got 0");
    Py_DECREF(pow);
    PyObject *neg = getattr(three, "__neg__");
    assert_null(call(neg, 1, two));
    assert_raised(PyExc_TypeError, "expected 0 arguments, got 1");
    Py_DECREF(neg);
    Py_DECREF(five);
    Py_DECREF(seven);
    Py_DECREF(two);
    Py_DECREF(three);
    Py_DECREF(zero);
}

static void
test_descr_method_wrapper_attributes_and_equality(void **state)
{
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *a = getattr(one, "__add__"), *b = getattr(one, "__add__"), *c = getattr(two, "__add__");
    assert_int_equal(PyObject_RichCompareBool(a, b, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(a, c, Py_NE), 1);
    assert_int_equal(PyObject_Hash(a), PyObject_Hash(b));
    assert_attr_repr(a, "__self__", "1");
    assert_attr_repr(a, "__objclass__", "<class 'int'>");
    assert_attr_repr(a, "__name__", "'__add__'");
    assert_attr_repr(a, "__qualname__", "'int.__add__'");
    assert_attr_repr(a, "__doc__", "'Return self+value.'");
    assert_attr_repr(a, "__text_signature__", "'($self, value, /)'");
    PyObject *wd = dict_entry(&PyLong_Type, "__add__");
    assert_attr_repr(wd, "__text_signature__", "'($self, value, /)'");
    assert_attr_repr(wd, "__doc__", "'Return self+value.'");
    assert_attr_repr(wd, "__qualname__", "'int.__add__'");
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(one);
    Py_DECREF(two);
}

// ---- mappingproxy ---------------------------------------------------------------------------

static void
test_mappingproxy_reads_through_and_refuses_writes(void **state)
{
    PyObject *d = PyDict_New(), *one = PyLong_FromLong(1), *key = PyUnicode_FromString("a");
    PyDict_SetItem(d, key, one);
    PyObject *p = PyDictProxy_New(d);
    assert_repr(p, "mappingproxy({'a': 1})");
    assert_str(p, "{'a': 1}");
    assert_int_equal(PyObject_Size(p), 1);
    assert_int_equal(PySequence_Contains(p, key), 1);
    PyObject *v = PyObject_GetItem(p, key);
    assert_ptr_equal(v, one);
    Py_DECREF(v);
    assert_int_equal(PyObject_SetItem(p, key, one), -1);
    assert_raised(PyExc_TypeError, "'mappingproxy' object does not support item assignment");
    PyObject *z = PyUnicode_FromString("zz");
    assert_null(PyObject_GetItem(p, z));
    assert_raised(PyExc_KeyError, "'zz'");
    PyObject *get = getattr(p, "get");
    PyObject *r = call(get, 1, z);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    r = call(get, 2, z, one);
    assert_ptr_equal(r, one);
    Py_DECREF(r);
    Py_DECREF(get);
    PyObject *keys = getattr(p, "keys");
    r = call(keys, 0);
    assert_repr(r, "dict_keys(['a'])");
    Py_DECREF(r);
    Py_DECREF(keys);
    assert_int_equal(PyObject_RichCompareBool(p, d, Py_EQ), 1);
    assert_int_equal(PyObject_Hash(p), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'mappingproxy'");
    PyObject *list = PyList_New(0);
    assert_null(PyDictProxy_New(list));
    assert_raised(PyExc_TypeError, "mappingproxy() argument must be a mapping, not list");
    assert_null(PyObject_CallNoArgs((PyObject *)&PyDictProxy_Type));
    assert_raised(PyExc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    Py_DECREF(list);
    Py_DECREF(z);
    Py_DECREF(p);
    Py_DECREF(key);
    Py_DECREF(one);
    Py_DECREF(d);
}

static void
test_mappingproxy_of_a_type_dict(void **state)
{
    PyObject *p = getattr((PyObject *)&PyType_Type, "__dict__");
    assert_string_equal(rt_type_name(Py_TYPE(p)), "mappingproxy");
    PyObject *key = PyUnicode_FromString("mro");
    PyObject *v = PyObject_GetItem(p, key);
    assert_repr(v, "<method 'mro' of 'type' objects>");
    Py_DECREF(v);
    Py_DECREF(key);
    Py_DECREF(p);
}

// ---- doc strings ------------------------------------------------------------------------------

static void
test_descr_doc_strips_the_signature(void **state)
{
    PyObject *doc = rt_descr_doc_from_internal("f", "f($self, x, /)\n--\n\nDo it.");
    assert_repr(doc, "'Do it.'");
    Py_DECREF(doc);
    PyObject *sig = rt_descr_text_signature_from_internal("f", "f($self, x, /)\n--\n\nDo it.");
    assert_repr(sig, "'($self, x, /)'");
    Py_DECREF(sig);
    doc = rt_descr_doc_from_internal("g", "f(x)\n--\n\nOther.");
    assert_repr(doc, "'f(x)\\n--\\n\\nOther.'");
    Py_DECREF(doc);
    sig = rt_descr_text_signature_from_internal("g", "no signature");
    assert_ptr_equal(sig, Py_None);
    Py_DECREF(sig);
    doc = rt_descr_doc_from_internal("g", NULL);
    assert_ptr_equal(doc, Py_None);
    Py_DECREF(doc);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_descr_reprs_of_every_kind),
        cmocka_unit_test(test_descr_type_names_match_cpython),
        cmocka_unit_test(test_descr_method_get_binds_an_instance),
        cmocka_unit_test(test_descr_unbound_method_call_checks_self_and_arguments),
        cmocka_unit_test(test_descr_method_attributes),
        cmocka_unit_test(test_descr_classmethod_binds_the_class),
        cmocka_unit_test(test_descr_members_read_and_write_fields),
        cmocka_unit_test(test_descr_member_errors),
        cmocka_unit_test(test_descr_getset_without_setter_is_not_writable),
        cmocka_unit_test(test_descr_slot_wrapper_calls_the_slot),
        cmocka_unit_test(test_descr_slot_wrappers_of_many_slots),
        cmocka_unit_test(test_descr_method_wrapper_attributes_and_equality),
        cmocka_unit_test(test_mappingproxy_reads_through_and_refuses_writes),
        cmocka_unit_test(test_mappingproxy_of_a_type_dict),
        cmocka_unit_test(test_descr_doc_strips_the_signature),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
