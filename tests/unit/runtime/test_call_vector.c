// test_call_vector.c: the vectorcall entry of runtime/call.c (named apart from vm/test_call.c, as
// test targets share one namespace): calls with and without a vectorcall, keyword names and
// dicts, method calls by name, the checks on C callables' results and argument parsing.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/methodobject.h"

static PyObject *
echo_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *all = rt_tuple_from_array(args, nargs + nkw);
    PyObject *r = PyTuple_Pack(2, all, kwnames != NULL ? kwnames : Py_None);
    Py_DECREF(all);
    return r;
}

static PyObject *
null_without_error(PyObject *self, PyObject *unused)
{
    return NULL;
}

static PyObject *
result_with_error(PyObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_ValueError, "left behind");
    return Py_NewRef(Py_None);
}

static PyMethodDef echo_def = {"echo", (PyCFunction)(void (*)(void))echo_kw,
                               METH_FASTCALL | METH_KEYWORDS, NULL};
static PyMethodDef null_def = {"bad", null_without_error, METH_NOARGS, NULL};
static PyMethodDef error_def = {"worse", result_with_error, METH_NOARGS, NULL};

static PyObject *
s(const char *text)
{
    return PyUnicode_InternFromString(text);
}

static void
test_call_vector_uses_the_callee_vectorcall(void **state)
{
    PyObject *f = PyCFunction_New(&echo_def, NULL);
    assert_non_null(PyVectorcall_Function(f));
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *kw = PyTuple_Pack(1, s("k"));
    // args[-1] may be borrowed by the callee when the offset flag is set.
    PyObject *stack[3] = {NULL, one, two};
    PyObject *r = rt_call_vector(f, stack + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, kw);
    assert_repr(r, "((1, 2), ('k',))");
    Py_DECREF(r);
    r = PyObject_Vectorcall(f, stack + 1, 2, NULL);
    assert_repr(r, "((1, 2), None)");
    Py_DECREF(r);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(f);
}

static void
test_call_vector_falls_back_to_tp_call(void **state)
{
    PyObject *ff = PyUnicode_FromString("ff"), *sixteen = PyLong_FromLong(16);
    PyObject *args[2] = {ff, sixteen};
    PyObject *kw = PyTuple_Pack(1, s("base"));
    assert_null(PyVectorcall_Function((PyObject *)&PyLong_Type));
    PyObject *r = rt_call_vector((PyObject *)&PyLong_Type, args, 1, kw);
    assert_repr(r, "255");
    Py_DECREF(r);
    assert_null(rt_call_vector(sixteen, args, 1, NULL));
    assert_raised(PyExc_TypeError, "'int' object is not callable");
    Py_DECREF(kw);
    Py_DECREF(ff);
    Py_DECREF(sixteen);
}

static void
test_vectorcall_call_unpacks_tuple_and_dict(void **state)
{
    PyObject *f = PyCFunction_New(&echo_def, NULL);
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *tup = PyTuple_Pack(1, one), *d = PyDict_New();
    PyDict_SetItemString(d, "a", two);
    PyObject *r = PyVectorcall_Call(f, tup, d);
    assert_repr(r, "((1, 2), ('a',))");
    Py_DECREF(r);
    PyDict_SetItem(d, one, two);
    assert_null(PyVectorcall_Call(f, tup, d));
    assert_raised(PyExc_TypeError, "keywords must be strings");
    assert_null(PyVectorcall_Call(one, tup, NULL));
    assert_raised(PyExc_TypeError, "'int' object does not support vectorcall");
    Py_DECREF(tup);
    Py_DECREF(d);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(f);
}

static void
test_vectorcall_dict_for_both_kinds_of_callable(void **state)
{
    PyObject *f = PyCFunction_New(&echo_def, NULL);
    PyObject *one = PyLong_FromLong(1), *ff = PyUnicode_FromString("ff"), *d = PyDict_New();
    PyDict_SetItemString(d, "b", one);
    PyObject *r = PyObject_VectorcallDict(f, &ff, 1, d);
    assert_repr(r, "(('ff', 1), ('b',))");
    Py_DECREF(r);
    r = PyObject_VectorcallDict(f, &ff, 1, NULL);
    assert_repr(r, "(('ff',), None)");
    Py_DECREF(r);
    PyObject *sixteen = PyLong_FromLong(16), *d2 = PyDict_New();
    PyDict_SetItemString(d2, "base", sixteen);
    r = PyObject_VectorcallDict((PyObject *)&PyLong_Type, &ff, 1, d2);
    assert_repr(r, "255");
    Py_DECREF(r);
    Py_DECREF(d2);
    Py_DECREF(sixteen);
    Py_DECREF(d);
    Py_DECREF(ff);
    Py_DECREF(one);
    Py_DECREF(f);
}

static void
test_call_method_by_name(void **state)
{
    PyObject *five = PyLong_FromLong(5), *two = PyLong_FromLong(2);
    PyObject *args[2] = {five, two};
    PyObject *r = PyObject_VectorcallMethod(s("__add__"), args, 2, NULL);
    assert_repr(r, "7");
    Py_DECREF(r);
    r = PyObject_CallMethodObjArgs(five, s("__sub__"), two, NULL);
    assert_repr(r, "3");
    Py_DECREF(r);
    r = PyObject_CallMethodOneArg(five, s("__mul__"), two);
    assert_repr(r, "10");
    Py_DECREF(r);
    r = PyObject_CallMethodNoArgs(five, s("__neg__"));
    assert_repr(r, "-5");
    Py_DECREF(r);
    r = PyObject_CallMethodNoArgs((PyObject *)&PyLong_Type, s("mro"));
    assert_repr(r, "[<class 'int'>, <class 'object'>]");
    Py_DECREF(r);
    assert_null(PyObject_CallMethodNoArgs(five, s("nope")));
    assert_raised(PyExc_AttributeError, "'int' object has no attribute 'nope'");
    r = PyObject_CallFunctionObjArgs((PyObject *)&PyLong_Type, two, NULL);
    assert_repr(r, "2");
    Py_DECREF(r);
    Py_DECREF(five);
    Py_DECREF(two);
}

static void
test_call_checks_the_result_contract(void **state)
{
    PyObject *bad = PyCFunction_New(&null_def, NULL);
    assert_null(rt_call_vector(bad, NULL, 0, NULL));
    assert_raised(PyExc_SystemError,
                  "<built-in function bad> returned NULL without setting an exception");
    PyObject *worse = PyCFunction_New(&error_def, NULL);
    assert_null(PyObject_CallNoArgs(worse));
    PyObject *exc = PyErr_GetRaisedException();
    assert_true(PyErr_GivenExceptionMatches(exc, PyExc_SystemError));
    assert_str(exc, "<built-in function worse> returned a result with an exception set");
    PyObject *cause = PyException_GetCause(exc);
    assert_true(PyErr_GivenExceptionMatches(cause, PyExc_ValueError));
    assert_str(cause, "left behind");
    Py_DECREF(cause);
    Py_DECREF(exc);
    Py_DECREF(bad);
    Py_DECREF(worse);
}

static void
test_kwnames_to_dict(void **state)
{
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *values[2] = {one, two};
    PyObject *kw = PyTuple_Pack(2, s("a"), s("b"));
    PyObject *d = rt_call_kwnames_to_dict(values, kw);
    assert_repr(d, "{'a': 1, 'b': 2}");
    Py_DECREF(d);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(two);
}

// The clinic-style parser behind methods such as str.split and list.sort.
static void
test_parse_args_reports_like_argument_clinic(void **state)
{
    static const char *const names[] = {"a", "b", NULL};
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2), *out[2];
    PyObject *args[3] = {one, two, one};
    assert_int_equal(rt_call_parse_args("f", args, 2, NULL, names, 1, 2, out), 0);
    assert_ptr_equal(out[0], one);
    assert_ptr_equal(out[1], two);
    assert_int_equal(rt_call_parse_args("f", args, 1, NULL, names, 1, 2, out), 0);
    assert_null(out[1]);
    PyObject *kw_b = PyTuple_Pack(1, s("b")), *kw_a = PyTuple_Pack(1, s("a"));
    assert_int_equal(rt_call_parse_args("f", args, 1, kw_b, names, 1, 2, out), 0);
    assert_ptr_equal(out[1], two);
    assert_int_equal(rt_call_parse_args("f", args, 0, kw_b, names, 1, 2, out), -1);
    assert_raised(PyExc_TypeError, "f() missing required argument 'a' (pos 1)");
    assert_int_equal(rt_call_parse_args("f", args, 1, kw_a, names, 1, 2, out), -1);
    assert_raised(PyExc_TypeError, "argument for f() given by name ('a') and position (1)");
    assert_int_equal(rt_call_parse_args("f", args, 3, NULL, names, 1, 2, out), -1);
    assert_raised(PyExc_TypeError, "f() takes at most 2 arguments (3 given)");
    assert_int_equal(rt_call_parse_args("f", args, 2, NULL, names, 0, 1, out), -1);
    assert_raised(PyExc_TypeError, "f() takes at most 1 positional argument (2 given)");
    assert_int_equal(rt_call_parse_args("f", args, 1, NULL, names, 0, 0, out), -1);
    assert_raised(PyExc_TypeError, "f() takes no positional arguments");
    assert_int_equal(rt_call_check_positional("g", 0, 1, 2), 0);
    assert_raised(PyExc_TypeError, "g expected at least 1 argument, got 0");
    assert_int_equal(rt_call_check_positional("g", 3, 2, 2), 0);
    assert_raised(PyExc_TypeError, "g expected 2 arguments, got 3");
    Py_DECREF(kw_a);
    Py_DECREF(kw_b);
    Py_DECREF(one);
    Py_DECREF(two);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_call_vector_uses_the_callee_vectorcall),
        cmocka_unit_test(test_call_vector_falls_back_to_tp_call),
        cmocka_unit_test(test_vectorcall_call_unpacks_tuple_and_dict),
        cmocka_unit_test(test_vectorcall_dict_for_both_kinds_of_callable),
        cmocka_unit_test(test_call_method_by_name),
        cmocka_unit_test(test_call_checks_the_result_contract),
        cmocka_unit_test(test_kwnames_to_dict),
        cmocka_unit_test(test_parse_args_reports_like_argument_clinic),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
