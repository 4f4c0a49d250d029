// test_module.c: the module type (runtime/objects/moduleobject.c): creation, the standard
// dict entries, reprs, attribute access with module __getattr__ and CPython's messages,
// the PyModule_Add* API and C modules from method tables.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"

static void
assert_attr_repr(PyObject *o, const char *name, const char *expected)
{
    PyObject *v = PyObject_GetAttrString(o, name);
    assert_non_null(v);
    assert_repr(v, expected);
    Py_DECREF(v);
}

static void
set_str(PyObject *m, const char *name, const char *value)
{
    PyObject *v = PyUnicode_FromString(value);
    assert_int_equal(PyObject_SetAttrString(m, name, v), 0);
    Py_DECREF(v);
}

// Drop a module whose functions refer back to it (there is no cycle collector yet).
static void
release_module(PyObject *m)
{
    PyDict_Clear(PyModule_GetDict(m));
    Py_DECREF(m);
}

static PyObject *
square(PyObject *self, PyObject *arg)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong(v * v);
}

static PyMethodDef mathx_functions[] = {
    {"square", square, METH_O, "square($module, x, /)\n--\n\nReturn x*x."},
    {NULL},
};

static void
test_module_new_has_the_standard_entries(void **state)
{
    PyObject *m = PyModule_New("foo");
    assert_repr(PyModule_GetDict(m), "{'__name__': 'foo', '__doc__': None, '__package__': None, "
                                     "'__loader__': None, '__spec__': None}");
    assert_repr(m, "<module 'foo'>");
    assert_string_equal(PyModule_GetName(m), "foo");
    assert_attr_repr(m, "__name__", "'foo'");
    assert_attr_repr(m, "__class__", "<class 'module'>");
    PyObject *d = PyObject_GetAttrString(m, "__dict__");
    assert_ptr_equal(d, PyModule_GetDict(m));
    Py_DECREF(d);
    Py_DECREF(m);
}

static void
test_module_reprs_follow_file_loader_and_builtin(void **state)
{
    PyObject *m = PyModule_New("foo");
    set_str(m, "__loader__", "L");
    assert_repr(m, "<module 'foo' ('L')>");
    set_str(m, "__file__", "/p/foo.py");
    assert_repr(m, "<module 'foo' from '/p/foo.py'>");
    PyObject *f = PyModule_GetFilenameObject(m);
    assert_repr(f, "'/p/foo.py'");
    Py_DECREF(f);
    assert_int_equal(PyObject_SetAttrString(m, "__name__", NULL), 0);
    assert_repr(m, "<module '?' from '/p/foo.py'>");
    assert_null(PyModule_GetNameObject(m));
    assert_raised(PyExc_SystemError, "nameless module");
    Py_DECREF(m);

    m = rt_module_create("sys", NULL, NULL);
    assert_repr(m, "<module 'sys' (built-in)>");
    assert_null(PyModule_GetFilenameObject(m));
    assert_raised(PyExc_SystemError, "module filename missing");
    Py_DECREF(m);
}

static void
test_module_missing_attribute_names_the_module(void **state)
{
    PyObject *m = PyModule_New("math");
    PyObject *name = PyUnicode_FromString("x");
    assert_null(PyObject_GetAttr(m, name));
    PyObject *exc = PyErr_GetRaisedException();
    assert_str(exc, "module 'math' has no attribute 'x'");
    assert_ptr_equal(((PyAttributeErrorObject *)exc)->name, name);
    assert_ptr_equal(((PyAttributeErrorObject *)exc)->obj, m);
    Py_DECREF(exc);
    assert_int_equal(PyObject_SetAttrString(m, "__name__", NULL), 0);
    assert_null(PyObject_GetAttr(m, name));
    assert_raised(PyExc_AttributeError, "module has no attribute 'x'");
    Py_DECREF(name);
    Py_DECREF(m);
}

static void
test_module_partially_initialized_message(void **state)
{
    PyObject *m = PyModule_New("foo"), *spec = PyModule_New("spec");
    assert_int_equal(PyObject_SetAttrString(spec, "_initializing", Py_True), 0);
    assert_int_equal(PyObject_SetAttrString(m, "__spec__", spec), 0);
    assert_null(PyObject_GetAttrString(m, "x"));
    assert_raised(PyExc_AttributeError, "partially initialized module 'foo' has no attribute 'x' "
                                        "(most likely due to a circular import)");
    // With a spec, the repr comes from the spec's attributes, which must exist.
    assert_null(PyObject_Repr(m));
    assert_raised(PyExc_AttributeError, "module 'spec' has no attribute 'name'");
    set_str(spec, "name", "foo");
    assert_null(PyObject_Repr(m));
    assert_raised(PyExc_AttributeError, "module 'spec' has no attribute 'origin'");
    set_str(spec, "origin", "built-in");
    assert_null(PyObject_Repr(m));
    assert_raised(PyExc_AttributeError, "module 'spec' has no attribute 'has_location'");
    assert_int_equal(PyObject_SetAttrString(spec, "has_location", Py_False), 0);
    assert_repr(m, "<module 'foo' (built-in)>");
    assert_int_equal(PyObject_SetAttrString(spec, "has_location", Py_True), 0);
    assert_repr(m, "<module 'foo' from 'built-in'>");
    assert_int_equal(PyObject_SetAttrString(spec, "origin", Py_None), 0);
    assert_int_equal(PyObject_SetAttrString(spec, "loader", Py_None), 0);
    assert_repr(m, "<module 'foo'>");
    Py_DECREF(spec);
    Py_DECREF(m);
}

static PyObject *
double_name(PyObject *self, PyObject *name)
{
    return PyNumber_Add(name, name);
}

static void
test_module_getattr_hook(void **state)
{
    static PyMethodDef def = {"__getattr__", double_name, METH_O, NULL};
    PyObject *m = PyModule_New("foo");
    PyObject *hook = PyCFunction_New(&def, NULL);
    assert_int_equal(PyModule_AddObjectRef(m, "__getattr__", hook), 0);
    assert_attr_repr(m, "ab", "'abab'");
    assert_attr_repr(m, "__name__", "'foo'");
    Py_DECREF(hook);
    Py_DECREF(m);
}

static void
test_module_add_functions_and_constants(void **state)
{
    PyObject *m = rt_module_create("mathx", mathx_functions, "Extra math.");
    assert_repr(m, "<module 'mathx' (built-in)>");
    assert_attr_repr(m, "__doc__", "'Extra math.'");
    PyObject *f = PyObject_GetAttrString(m, "square");
    assert_repr(f, "<built-in function square>");
    assert_attr_repr(f, "__module__", "'mathx'");
    PyObject *self = PyObject_GetAttrString(f, "__self__");
    assert_ptr_equal(self, m);
    Py_DECREF(self);
    PyObject *seven = PyLong_FromLong(7);
    PyObject *r = PyObject_CallOneArg(f, seven);
    assert_repr(r, "49");
    Py_DECREF(r);
    assert_null(PyObject_CallNoArgs(f));
    assert_raised(PyExc_TypeError, "mathx.square() takes exactly one argument (0 given)");
    Py_DECREF(f);

    assert_int_equal(PyModule_AddIntConstant(m, "pi_ish", 3), 0);
    assert_int_equal(PyModule_AddStringConstant(m, "version", "1.0"), 0);
    assert_int_equal(PyModule_AddObjectRef(m, "seven", seven), 0);
    assert_attr_repr(m, "pi_ish", "3");
    assert_attr_repr(m, "version", "'1.0'");
    assert_attr_repr(m, "seven", "7");
    assert_int_equal(PyModule_AddObjectRef(m, "bad", NULL), -1);
    assert_raised(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an exception "
                                     "raised if value is NULL");
    assert_int_equal(PyModule_AddObjectRef(seven, "x", seven), -1);
    assert_raised(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
    PyObject *owned = PyLong_FromLong(8);
    assert_int_equal(PyModule_AddObject(m, "eight", owned), 0); // steals owned
    assert_attr_repr(m, "eight", "8");
    Py_DECREF(seven);
    release_module(m);
}

static void
test_module_functions_cannot_be_class_or_static(void **state)
{
    static PyMethodDef bad[] = {{"f", square, METH_O | METH_CLASS, NULL}, {NULL}};
    PyObject *m = PyModule_New("m");
    assert_int_equal(PyModule_AddFunctions(m, bad), -1);
    assert_raised(PyExc_ValueError, "module functions cannot set METH_CLASS or METH_STATIC");
    Py_DECREF(m);
}

static void
test_module_type_call_and_init_errors(void **state)
{
    PyObject *t = (PyObject *)&PyModule_Type;
    PyObject *a = PyUnicode_FromString("a"), *d = PyUnicode_FromString("d"), *one = PyLong_FromLong(1);
    PyObject *args[3] = {a, d, one};
    PyObject *m = rt_call_vector(t, args, 2, NULL);
    assert_repr(m, "<module 'a'>");
    assert_attr_repr(m, "__doc__", "'d'");
    Py_DECREF(m);
    assert_null(rt_call_vector(t, NULL, 0, NULL));
    assert_raised(PyExc_TypeError, "module() missing required argument 'name' (pos 1)");
    assert_null(rt_call_vector(t, &one, 1, NULL));
    assert_raised(PyExc_TypeError, "module() argument 'name' must be str, not int");
    assert_null(rt_call_vector(t, args, 3, NULL));
    assert_raised(PyExc_TypeError, "module() takes at most 2 arguments (3 given)");
    PyObject *kw = PyTuple_Pack(1, PyUnicode_InternFromString("x"));
    assert_null(rt_call_vector(t, args, 1, kw));
    assert_raised(PyExc_TypeError, "'x' is an invalid keyword argument for module()");
    Py_DECREF(kw);
    kw = PyTuple_Pack(1, PyUnicode_InternFromString("name"));
    m = rt_call_vector(t, args, 0, kw);
    assert_repr(m, "<module 'a'>");
    Py_DECREF(m);
    Py_DECREF(kw);
    Py_DECREF(a);
    Py_DECREF(d);
    Py_DECREF(one);
}

static void
test_module_dict_member_is_read_only(void **state)
{
    PyObject *m = PyModule_New("a"), *d = PyDict_New();
    assert_int_equal(PyObject_SetAttrString(m, "__dict__", d), -1);
    assert_raised(PyExc_AttributeError, "readonly attribute");
    PyObject *dir = PyObject_CallMethodNoArgs(m, PyUnicode_InternFromString("__dir__"));
    assert_repr(dir, "['__name__', '__doc__', '__package__', '__loader__', '__spec__']");
    Py_DECREF(dir);
    Py_DECREF(d);
    Py_DECREF(m);
}

static int state_frees;

static void
count_free(void *m)
{
    state_frees++;
}

static void
test_module_create_from_a_definition(void **state)
{
    static PyModuleDef def = {
        PyModuleDef_HEAD_INIT, .m_name = "ext", .m_doc = "An extension.", .m_size = 64,
        .m_methods = mathx_functions, .m_free = count_free,
    };
    PyObject *m = PyModule_Create(&def);
    assert_non_null(m);
    assert_ptr_equal(PyModule_GetDef(m), &def);
    unsigned char *st = PyModule_GetState(m);
    assert_non_null(st);
    for (int i = 0; i < 64; i++)
        assert_int_equal(st[i], 0);
    assert_attr_repr(m, "__doc__", "'An extension.'");
    assert_attr_repr(m, "__name__", "'ext'");
    release_module(m);
    assert_int_equal(state_frees, 1);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_module_new_has_the_standard_entries),
        cmocka_unit_test(test_module_reprs_follow_file_loader_and_builtin),
        cmocka_unit_test(test_module_missing_attribute_names_the_module),
        cmocka_unit_test(test_module_partially_initialized_message),
        cmocka_unit_test(test_module_getattr_hook),
        cmocka_unit_test(test_module_add_functions_and_constants),
        cmocka_unit_test(test_module_functions_cannot_be_class_or_static),
        cmocka_unit_test(test_module_type_call_and_init_errors),
        cmocka_unit_test(test_module_dict_member_is_read_only),
        cmocka_unit_test(test_module_create_from_a_definition),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
