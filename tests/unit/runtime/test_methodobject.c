// test_methodobject.c: builtin_function_or_method (runtime/objects/methodobject.c): each
// calling convention through vectorcall and through tp_call, CPython's argument-count and
// keyword messages, reprs, attributes, equality and hashing.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"

// ---- C functions of every convention: each returns a repr-able record of what it got ------

static PyObject *
f_noargs(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromFormat("noargs %s", unused == NULL ? "NULL" : "arg");
}

static PyObject *
f_o(PyObject *self, PyObject *arg)
{
    return Py_NewRef(arg);
}

static PyObject *
f_varargs(PyObject *self, PyObject *args)
{
    return Py_NewRef(args);
}

static PyObject *
f_varargs_kw(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return PyTuple_Pack(2, args, kwargs != NULL ? kwargs : Py_None);
}

static PyObject *
f_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return rt_tuple_from_array(args, nargs);
}

static PyObject *
f_fast_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *all = rt_tuple_from_array(args, nargs + nkw);
    PyObject *r = PyTuple_Pack(2, all, kwnames != NULL ? kwnames : Py_None);
    Py_DECREF(all);
    return r;
}

static PyObject *
f_method(PyObject *self, PyTypeObject *cls, PyObject *const *args, size_t nargsf,
         PyObject *kwnames)
{
    PyObject *n = PyLong_FromSsize_t(PyVectorcall_NARGS(nargsf));
    PyObject *r = PyTuple_Pack(2, (PyObject *)cls, n);
    Py_DECREF(n);
    return r;
}

static PyObject *
f_self(PyObject *self, PyObject *unused)
{
    return Py_NewRef(self != NULL ? self : Py_None);
}

// Names of real builtins with the same conventions, so CPython's messages apply verbatim.
static PyMethodDef builtins_functions[] = {
    {"globals", f_noargs, METH_NOARGS, NULL},
    {"len", f_o, METH_O, "len($module, obj, /)\n--\n\nReturn the number of items in a container."},
    {"getattr", (PyCFunction)(void (*)(void))f_fast, METH_FASTCALL, NULL},
    {"varargs", f_varargs, METH_VARARGS, NULL},
    {"varargs_kw", (PyCFunction)(void (*)(void))f_varargs_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast_kw", (PyCFunction)(void (*)(void))f_fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL},
};

static PyMethodDef math_functions[] = {
    {"sqrt", f_o, METH_O, NULL},
    {NULL},
};

static PyObject *builtins, *math;

static int
setup(void **state)
{
    if (rt_runtime_init() < 0)
        return -1;
    builtins = rt_module_create("builtins", builtins_functions, NULL);
    math = rt_module_create("math", math_functions, NULL);
    return builtins != NULL && math != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
    // Module functions refer back to their module: break the cycles before releasing.
    PyDict_Clear(PyModule_GetDict(builtins));
    PyDict_Clear(PyModule_GetDict(math));
    Py_CLEAR(builtins);
    Py_CLEAR(math);
    rt_runtime_fini();
    return 0;
}

static PyObject *
func(PyObject *module, const char *name)
{
    PyObject *f = PyObject_GetAttrString(module, name);
    assert_non_null(f);
    return f;
}

static PyObject *
kwnames1(const char *name)
{
    return PyTuple_Pack(1, PyUnicode_InternFromString(name));
}

// ---- conventions ------------------------------------------------------------------------------

static void
test_cfunction_noargs(void **state)
{
    PyObject *f = func(builtins, "globals"), *one = PyLong_FromLong(1);
    PyObject *r = rt_call_vector(f, NULL, 0, NULL);
    assert_repr(r, "'noargs NULL'");
    Py_DECREF(r);
    assert_null(rt_call_vector(f, &one, 1, NULL));
    assert_raised(PyExc_TypeError, "globals() takes no arguments (1 given)");
    PyObject *kw = kwnames1("x");
    assert_null(rt_call_vector(f, &one, 0, kw));
    assert_raised(PyExc_TypeError, "globals() takes no keyword arguments");
    PyObject *tup = PyTuple_Pack(1, one);
    assert_null(PyObject_Call(f, tup, NULL));
    assert_raised(PyExc_TypeError, "globals() takes no arguments (1 given)");
    Py_DECREF(tup);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(f);
}

static void
test_cfunction_o_counts_its_one_argument(void **state)
{
    PyObject *f = func(builtins, "len"), *one = PyLong_FromLong(1);
    PyObject *args[2] = {one, one};
    PyObject *r = rt_call_vector(f, args, 1, NULL);
    assert_ptr_equal(r, one);
    Py_DECREF(r);
    assert_null(rt_call_vector(f, NULL, 0, NULL));
    assert_raised(PyExc_TypeError, "len() takes exactly one argument (0 given)");
    assert_null(rt_call_vector(f, args, 2, NULL));
    assert_raised(PyExc_TypeError, "len() takes exactly one argument (2 given)");
    PyObject *kw = kwnames1("x");
    assert_null(rt_call_vector(f, args, 0, kw));
    assert_raised(PyExc_TypeError, "len() takes no keyword arguments");
    PyObject *sqrt = func(math, "sqrt");
    assert_null(rt_call_vector(sqrt, NULL, 0, NULL));
    assert_raised(PyExc_TypeError, "math.sqrt() takes exactly one argument (0 given)");
    assert_null(rt_call_vector(sqrt, args, 0, kw));
    assert_raised(PyExc_TypeError, "math.sqrt() takes no keyword arguments");
    Py_DECREF(sqrt);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(f);
}

static void
test_cfunction_varargs_gets_a_tuple(void **state)
{
    PyObject *f = func(builtins, "varargs"), *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *args[2] = {one, two};
    PyObject *r = rt_call_vector(f, args, 2, NULL);
    assert_repr(r, "(1, 2)");
    Py_DECREF(r);
    PyObject *kw = kwnames1("x");
    assert_null(rt_call_vector(f, args, 1, kw));
    assert_raised(PyExc_TypeError, "varargs() takes no keyword arguments");
    PyObject *tup = PyTuple_Pack(2, one, two);
    r = PyObject_Call(f, tup, NULL);
    assert_ptr_equal(r, tup); // the tuple is passed through as is
    Py_DECREF(r);
    Py_DECREF(tup);

    PyObject *g = func(builtins, "varargs_kw");
    r = rt_call_vector(g, args, 1, kw);
    assert_repr(r, "((1,), {'x': 2})");
    Py_DECREF(r);
    r = rt_call_vector(g, args, 2, NULL);
    assert_repr(r, "((1, 2), None)");
    Py_DECREF(r);
    Py_DECREF(g);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(f);
}

static void
test_cfunction_fastcall_gets_the_array(void **state)
{
    PyObject *f = func(builtins, "getattr"), *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *args[2] = {one, two};
    PyObject *r = rt_call_vector(f, args, 2, NULL);
    assert_repr(r, "(1, 2)");
    Py_DECREF(r);
    PyObject *kw = kwnames1("y");
    assert_null(rt_call_vector(f, args, 1, kw));
    assert_raised(PyExc_TypeError, "getattr() takes no keyword arguments");

    PyObject *g = func(builtins, "fast_kw");
    r = rt_call_vector(g, args, 1, kw);
    assert_repr(r, "((1, 2), ('y',))");
    Py_DECREF(r);
    // Through tp_call, the keyword dict becomes kwnames and values after the positionals.
    PyObject *tup = PyTuple_Pack(1, one), *d = PyDict_New();
    PyDict_SetItemString(d, "z", two);
    r = PyObject_Call(g, tup, d);
    assert_repr(r, "((1, 2), ('z',))");
    Py_DECREF(r);
    Py_DECREF(tup);
    Py_DECREF(d);
    Py_DECREF(g);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(f);
}

static void
test_cfunction_method_convention_gets_the_class(void **state)
{
    static PyMethodDef def = {"m", (PyCFunction)(void (*)(void))f_method,
                              METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL};
    assert_null(PyCFunction_NewEx(&def, NULL, NULL));
    assert_raised(PyExc_SystemError,
                  "attempting to create PyCMethod with a METH_METHOD flag but no class");
    PyObject *f = PyCMethod_New(&def, Py_None, NULL, &PyLong_Type);
    PyObject *one = PyLong_FromLong(1);
    PyObject *r = rt_call_vector(f, &one, 1, NULL);
    assert_repr(r, "(<class 'int'>, 1)");
    Py_DECREF(r);
    Py_DECREF(one);
    Py_DECREF(f);
    static PyMethodDef bad = {"bad", f_noargs, METH_NOARGS | METH_O, NULL};
    assert_null(PyCFunction_New(&bad, NULL));
    assert_raised(PyExc_SystemError, "bad() method: bad call flags");
    static PyMethodDef plain = {"p", f_noargs, METH_NOARGS, NULL};
    assert_null(PyCMethod_New(&plain, NULL, NULL, &PyLong_Type));
    assert_raised(PyExc_SystemError,
                  "attempting to create PyCFunction with class but no METH_METHOD flag");
}

// ---- reprs and attributes ---------------------------------------------------------------------

static void
test_cfunction_reprs(void **state)
{
    PyObject *f = func(builtins, "len");
    assert_repr(f, "<built-in function len>");
    Py_DECREF(f);
    f = func(math, "sqrt");
    assert_repr(f, "<built-in function sqrt>");
    Py_DECREF(f);
    static PyMethodDef def = {"append", f_self, METH_NOARGS, NULL};
    PyObject *list = PyList_New(0);
    PyObject *m = PyCFunction_New(&def, list);
    char expected[100];
    snprintf(expected, sizeof expected, "<built-in method append of list object at %p>",
             (void *)list);
    assert_repr(m, expected);
    PyObject *r = PyObject_CallNoArgs(m);
    assert_ptr_equal(r, list);
    Py_DECREF(r);
    Py_DECREF(m);
    Py_DECREF(list);
}

static void
assert_attr_repr(PyObject *o, const char *name, const char *expected)
{
    PyObject *v = PyObject_GetAttrString(o, name);
    assert_non_null(v);
    assert_repr(v, expected);
    Py_DECREF(v);
}

static void
test_cfunction_attributes(void **state)
{
    PyObject *f = func(builtins, "len");
    assert_attr_repr(f, "__name__", "'len'");
    assert_attr_repr(f, "__qualname__", "'len'");
    assert_attr_repr(f, "__module__", "'builtins'");
    assert_attr_repr(f, "__self__", "<module 'builtins' (built-in)>");
    assert_attr_repr(f, "__doc__", "'Return the number of items in a container.'");
    assert_attr_repr(f, "__text_signature__", "'($module, obj, /)'");
    PyObject *x = PyUnicode_FromString("x");
    assert_int_equal(PyObject_SetAttrString(f, "__module__", x), 0);
    assert_attr_repr(f, "__module__", "'x'");
    Py_DECREF(x);
    x = PyUnicode_FromString("builtins");
    assert_int_equal(PyObject_SetAttrString(f, "__module__", x), 0);
    Py_DECREF(x);
    Py_DECREF(f);

    static PyMethodDef def = {"append", f_self, METH_NOARGS, NULL};
    PyObject *list = PyList_New(0);
    PyObject *m = PyCFunction_New(&def, list);
    assert_attr_repr(m, "__qualname__", "'list.append'");
    assert_attr_repr(m, "__module__", "None");
    assert_attr_repr(m, "__doc__", "None");
    PyObject *self = PyObject_GetAttrString(m, "__self__");
    assert_ptr_equal(self, list);
    Py_DECREF(self);
    Py_DECREF(m);
    m = PyCFunction_New(&def, (PyObject *)&PyLong_Type);
    assert_attr_repr(m, "__qualname__", "'int.append'");
    Py_DECREF(m);
    m = PyCFunction_New(&def, NULL);
    assert_attr_repr(m, "__self__", "None");
    assert_repr(m, "<built-in function append>");
    Py_DECREF(m);
    Py_DECREF(list);
}

static void
test_cfunction_equality_follows_self_and_function(void **state)
{
    static PyMethodDef def = {"append", f_self, METH_NOARGS, NULL};
    PyObject *a = PyList_New(0), *b = PyList_New(0);
    PyObject *ma = PyCFunction_New(&def, a), *ma2 = PyCFunction_New(&def, a);
    PyObject *mb = PyCFunction_New(&def, b);
    assert_int_equal(PyObject_RichCompareBool(ma, ma2, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(ma, mb, Py_EQ), 0);
    assert_int_equal(PyObject_Hash(ma), PyObject_Hash(ma2));
    PyObject *one = PyLong_FromLong(1);
    PyObject *r = PyObject_RichCompare(ma, one, Py_LT);
    assert_null(r);
    assert_raised(PyExc_TypeError, "'<' not supported between instances of "
                                   "'builtin_function_or_method' and 'int'");
    Py_DECREF(one);
    Py_DECREF(ma);
    Py_DECREF(ma2);
    Py_DECREF(mb);
    Py_DECREF(a);
    Py_DECREF(b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cfunction_noargs),
        cmocka_unit_test(test_cfunction_o_counts_its_one_argument),
        cmocka_unit_test(test_cfunction_varargs_gets_a_tuple),
        cmocka_unit_test(test_cfunction_fastcall_gets_the_array),
        cmocka_unit_test(test_cfunction_method_convention_gets_the_class),
        cmocka_unit_test(test_cfunction_reprs),
        cmocka_unit_test(test_cfunction_attributes),
        cmocka_unit_test(test_cfunction_equality_follows_self_and_function),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
