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

// A tuple of the NULL-terminated keyword names.
static PyObject *
kwnames_of(const char *first, ...)
{
    PyObject *list = PyList_New(0);
    va_list va;
    va_start(va, first);
    for (const char *name = first; name != NULL; name = va_arg(va, const char *)) {
        PyObject *key = s(name);
        PyList_Append(list, key);
        Py_DECREF(key);
    }
    va_end(va);
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
}

// rt_call_unpack(spec) with nargs positional arguments and the keywords in kwnames (stolen)
// fails with TypeError msg.
#define assert_unpack_fails(spec, nargs, kwnames, msg)                                         \
    do {                                                                                       \
        PyObject *kw_ = (kwnames), *args_[8], *out_[8];                                        \
        for (int i_ = 0; i_ < 8; i_++)                                                         \
            args_[i_] = Py_None;                                                               \
        assert_int_equal(rt_call_unpack((spec), args_, (nargs), kw_, out_), -1);               \
        assert_raised(PyExc_TypeError, (msg));                                                 \
        Py_XDECREF(kw_);                                                                       \
    } while (0)

// The clinic-style parser behind methods such as str.split and list.sort.
static void
test_unpack_matches_positional_and_keyword_arguments(void **state)
{
    static const char *const names[] = {"a", "b"};
    static const RtArgSpec spec = {"f", names, 2, 0, 1, 2, 0};
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2), *out[2];
    PyObject *args[3] = {one, two, one};
    assert_int_equal(rt_call_unpack(&spec, args, 2, NULL, out), 0);
    assert_ptr_equal(out[0], one);
    assert_ptr_equal(out[1], two);
    assert_int_equal(rt_call_unpack(&spec, args, 1, NULL, out), 0);
    assert_null(out[1]);
    PyObject *kw_b = kwnames_of("b", NULL);
    assert_int_equal(rt_call_unpack(&spec, args, 1, kw_b, out), 0);
    assert_ptr_equal(out[1], two);
    Py_DECREF(kw_b);
    assert_unpack_fails(&spec, 0, kwnames_of("b", NULL),
                        "f() missing required argument 'a' (pos 1)");
    assert_unpack_fails(&spec, 1, kwnames_of("a", NULL),
                        "argument for f() given by name ('a') and position (1)");
    assert_unpack_fails(&spec, 3, NULL, "f() takes at most 2 arguments (3 given)");
    static const RtArgSpec one_pos = {"f", names, 2, 0, 0, 1, 0};
    assert_unpack_fails(&one_pos, 2, NULL, "f() takes at most 1 positional argument (2 given)");
    static const RtArgSpec kw_only = {"f", names, 2, 0, 0, 0, 0};
    assert_unpack_fails(&kw_only, 1, NULL, "f() takes no positional arguments");
    Py_DECREF(one);
    Py_DECREF(two);
}

static void
test_unpack_handles_positional_only_and_keyword_only(void **state)
{
    static const char *const names[] = {"a", "b", "c", "d"};
    // f(a, /, b, c=..., *, d): positional-only a, b required, keyword-only d required.
    static const RtArgSpec spec = {"f", names, 4, 1, 2, 3, 1};
    PyObject *one = PyLong_FromLong(1), *out[4];
    PyObject *args[5] = {one, one, one, one, one};
    PyObject *kw_d = kwnames_of("d", NULL);
    assert_int_equal(rt_call_unpack(&spec, args, 2, kw_d, out), 0);
    assert_ptr_equal(out[3], one);
    assert_null(out[2]);
    Py_DECREF(kw_d);
    assert_unpack_fails(&spec, 2, NULL, "f() missing required argument 'd' (pos 4)");
    assert_unpack_fails(&spec, 4, NULL, "f() takes at most 3 positional arguments (4 given)");
    assert_unpack_fails(&spec, 1, kwnames_of("a", NULL),
                        "f() missing required argument 'b' (pos 2)");
    assert_unpack_fails(&spec, 2, kwnames_of("b", "d", NULL),
                        "argument for f() given by name ('b') and position (2)");
    assert_unpack_fails(&spec, 0, kwnames_of("d", NULL),
                        "f() takes at least 1 positional argument (0 given)");
    Py_DECREF(one);
}

// The specs of real callers, with the messages python3 gives for the same calls.
static void
test_unpack_errors_read_as_cpython(void **state)
{
    static const char *const split_names[] = {"sep", "maxsplit"};
    static const RtArgSpec split_spec = {"split", split_names, 2, 0, 0, 2, 0};
    // 'a b'.split(foo=1), 'a'.split(1, 2, 3), 'a'.split(sep=1, maxsplit=2, x=3),
    // 'a'.split(1, sep=2)
    assert_unpack_fails(&split_spec, 0, kwnames_of("foo", NULL),
                        "'foo' is an invalid keyword argument for split()");
    assert_unpack_fails(&split_spec, 3, NULL, "split() takes at most 2 arguments (3 given)");
    assert_unpack_fails(&split_spec, 0, kwnames_of("sep", "maxsplit", "x", NULL),
                        "split() takes at most 2 keyword arguments (3 given)");
    assert_unpack_fails(&split_spec, 1, kwnames_of("sep", NULL),
                        "argument for split() given by name ('sep') and position (1)");
    static const char *const round_names[] = {"number", "ndigits"};
    static const RtArgSpec round_spec = {"round", round_names, 2, 0, 1, 2, 0};
    // round(number=1, x=2), round(ndigits=2)
    assert_unpack_fails(&round_spec, 0, kwnames_of("number", "x", NULL),
                        "'x' is an invalid keyword argument for round()");
    assert_unpack_fails(&round_spec, 0, kwnames_of("ndigits", NULL),
                        "round() missing required argument 'number' (pos 1)");
    static const char *const sort_names[] = {"key", "reverse"};
    static const RtArgSpec sort_spec = {"sort", sort_names, 2, 0, 0, 0, 0};
    // sorted([], key=None, bad=1), [].sort(1)
    assert_unpack_fails(&sort_spec, 0, kwnames_of("key", "bad", NULL),
                        "'bad' is an invalid keyword argument for sort()");
    assert_unpack_fails(&sort_spec, 1, NULL, "sort() takes no positional arguments");
    static const char *const sum_names[] = {"iterable", "start"};
    static const RtArgSpec sum_spec = {"sum", sum_names, 2, 1, 1, 2, 0};
    // sum(iterable=[])
    assert_unpack_fails(&sum_spec, 0, kwnames_of("iterable", NULL),
                        "sum() takes at least 1 positional argument (0 given)");
    static const char *const exec_names[] = {"source", "globals", "locals", "closure"};
    static const RtArgSpec exec_spec = {"exec", exec_names, 4, 3, 1, 3, 0};
    // exec('1', globals=None, closure=None), exec('1', None, None, None)
    assert_unpack_fails(&exec_spec, 1, kwnames_of("globals", "closure", NULL),
                        "'globals' is an invalid keyword argument for exec()");
    assert_unpack_fails(&exec_spec, 4, NULL,
                        "exec() takes at most 3 positional arguments (4 given)");
    static const char *const digits_names[] = {"maxdigits"};
    static const RtArgSpec digits_spec = {"set_int_max_str_digits", digits_names, 1, 0, 1, 1,
                                          0};
    // sys.set_int_max_str_digits(maxdigits=1, x=2)
    assert_unpack_fails(&digits_spec, 0, kwnames_of("maxdigits", "x", NULL),
                        "set_int_max_str_digits() takes at most 1 keyword argument (2 given)");
}

static void
test_positional_count_and_no_keywords_checks(void **state)
{
    assert_int_equal(rt_call_check_positional("g", 0, 1, 2), 0);
    assert_raised(PyExc_TypeError, "g expected at least 1 argument, got 0");
    assert_int_equal(rt_call_check_positional("g", 3, 2, 2), 0);
    assert_raised(PyExc_TypeError, "g expected 2 arguments, got 3");
    assert_int_equal(rt_call_check_positional("g", 3, 1, 2), 0);
    assert_raised(PyExc_TypeError, "g expected at most 2 arguments, got 3");
    PyObject *kw = kwnames_of("x", NULL);
    assert_int_equal(rt_call_no_kwnames("g", kw), 0);
    assert_raised(PyExc_TypeError, "g() takes no keyword arguments");
    assert_int_equal(rt_call_no_kwnames("g", NULL), 1);
    Py_DECREF(kw);
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
        cmocka_unit_test(test_unpack_matches_positional_and_keyword_arguments),
        cmocka_unit_test(test_unpack_handles_positional_only_and_keyword_only),
        cmocka_unit_test(test_unpack_errors_read_as_cpython),
        cmocka_unit_test(test_positional_count_and_no_keywords_checks),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
