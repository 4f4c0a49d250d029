// test_exc.c: the exception hierarchy (runtime/objects/exc.c) and raising (runtime/error.c).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <cmocka.h>
#include "tests/unit/testing.h"

// Call exception class `type` with the given (borrowed) arguments.
static PyObject *
make(PyObject *type, Py_ssize_t n, PyObject *const *items)
{
    PyObject *args = rt_tuple_from_array(items, n);
    PyObject *exc = PyObject_Call(type, args, NULL);
    Py_DECREF(args);
    return exc;
}

static PyObject *
str(const char *s)
{
    return PyUnicode_FromString(s);
}

static void
test_exc_hierarchy_follows_cpython(void **state)
{
    assert_true(PyType_IsSubtype((PyTypeObject *)PyExc_ZeroDivisionError,
                                 (PyTypeObject *)PyExc_ArithmeticError));
    assert_true(PyType_IsSubtype((PyTypeObject *)PyExc_TabError,
                                 (PyTypeObject *)PyExc_SyntaxError));
    assert_true(PyType_IsSubtype((PyTypeObject *)PyExc_KeyError, (PyTypeObject *)PyExc_LookupError));
    assert_true(PyType_IsSubtype((PyTypeObject *)PyExc_ConnectionResetError,
                                 (PyTypeObject *)PyExc_OSError));
    assert_false(PyType_IsSubtype((PyTypeObject *)PyExc_KeyboardInterrupt,
                                  (PyTypeObject *)PyExc_Exception));
    assert_true(PyType_IsSubtype((PyTypeObject *)PyExc_ExceptionGroup,
                                 (PyTypeObject *)PyExc_Exception));
    assert_repr(((PyTypeObject *)PyExc_ExceptionGroup)->tp_mro,
                "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
                "<class 'BaseException'>, <class 'object'>)");
}

static void
test_exc_repr_and_str_follow_the_arguments(void **state)
{
    PyObject *a = str("a"), *one = PyLong_FromLong(1);
    PyObject *e0 = make(PyExc_ValueError, 0, NULL);
    PyObject *e1 = make(PyExc_ValueError, 1, (PyObject *[]){a});
    PyObject *e2 = make(PyExc_ValueError, 2, (PyObject *[]){a, one});
    assert_repr(e0, "ValueError()");
    assert_str(e0, "");
    assert_repr(e1, "ValueError('a')");
    assert_str(e1, "a");
    assert_repr(e2, "ValueError('a', 1)");
    assert_str(e2, "('a', 1)");
    Py_DECREF(e0); Py_DECREF(e1); Py_DECREF(e2); Py_DECREF(a); Py_DECREF(one);
}

static void
test_exc_key_error_str_is_the_key_repr(void **state)
{
    PyObject *k = str("k");
    PyObject *e = make(PyExc_KeyError, 1, &k);
    assert_str(e, "'k'");
    Py_DECREF(e);
    e = make(PyExc_KeyError, 0, NULL);
    assert_str(e, "");
    Py_DECREF(e);
    Py_DECREF(k);
}

static void
test_exc_oserror_picks_subclass_from_errno(void **state)
{
    PyObject *code = PyLong_FromLong(ENOENT), *msg = str("No such file or directory");
    PyObject *name = str("f.txt");
    PyObject *e = make(PyExc_OSError, 3, (PyObject *[]){code, msg, name});
    assert_ptr_equal(Py_TYPE(e), (PyTypeObject *)PyExc_FileNotFoundError);
    assert_str(e, "[Errno 2] No such file or directory: 'f.txt'");
    assert_repr(rt_exc_args(e), "(2, 'No such file or directory')");
    Py_DECREF(e); Py_DECREF(code); Py_DECREF(msg); Py_DECREF(name);
}

static void
test_exc_syntax_error_str_names_file_and_line(void **state)
{
    PyObject *msg = str("bad");
    PyObject *fields[] = {str("/tmp/x.py"), PyLong_FromLong(3), PyLong_FromLong(4), str("txt")};
    PyObject *info = rt_tuple_from_array_steal(fields, 4);
    PyObject *e = make(PyExc_SyntaxError, 2, (PyObject *[]){msg, info});
    assert_str(e, "bad (x.py, line 3)");
    Py_DECREF(e);
    e = make(PyExc_SyntaxError, 1, &msg);
    assert_str(e, "bad");
    Py_DECREF(e); Py_DECREF(info); Py_DECREF(msg);
}

static void
test_exc_unicode_errors_describe_the_range(void **state)
{
    PyObject *e = PyUnicodeDecodeError_Create("utf-8", "\xff\xfe", 2, 0, 1, "invalid start byte");
    assert_str(e, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    Py_DECREF(e);
    e = PyUnicodeDecodeError_Create("utf-8", "\xff\xfe", 2, 0, 2, "invalid start byte");
    assert_str(e, "'utf-8' codec can't decode bytes in position 0-1: invalid start byte");
    Py_DECREF(e);

    PyObject *enc = str("ascii"), *text = str("\xc3\xa9\xe1\x88\xb4"), *why = str("r");
    PyObject *s0 = PyLong_FromLong(0), *s1 = PyLong_FromLong(1), *s2 = PyLong_FromLong(2);
    e = make(PyExc_UnicodeEncodeError, 5, (PyObject *[]){enc, text, s1, s2, why});
    assert_str(e, "'ascii' codec can't encode character '\\u1234' in position 1: r");
    Py_DECREF(e);
    e = make(PyExc_UnicodeEncodeError, 5, (PyObject *[]){enc, text, s0, s2, why});
    assert_str(e, "'ascii' codec can't encode characters in position 0-1: r");
    Py_DECREF(e);
    Py_DECREF(enc); Py_DECREF(text); Py_DECREF(why);
    Py_DECREF(s0); Py_DECREF(s1); Py_DECREF(s2);
}

static void
test_exc_rejects_unknown_keywords(void **state)
{
    PyObject *kw = PyDict_New(), *args = PyTuple_New(0), *one = PyLong_FromLong(1);
    PyDict_SetItemString(kw, "x", one);
    assert_null(PyObject_Call(PyExc_ValueError, args, kw));
    assert_raised(PyExc_TypeError, "ValueError() takes no keyword arguments");
    PyDict_Clear(kw);
    PyDict_SetItemString(kw, "foo", one);
    assert_null(PyObject_Call(PyExc_ImportError, args, kw));
    assert_raised(PyExc_TypeError, "'foo' is an invalid keyword argument for ImportError()");
    Py_DECREF(kw); Py_DECREF(args); Py_DECREF(one);
}

static void
test_exc_group_of_exceptions_becomes_exception_group(void **state)
{
    PyObject *v = make(PyExc_ValueError, 0, NULL), *t = make(PyExc_TypeError, 0, NULL);
    PyObject *list = PyList_New(0);
    PyList_Append(list, v);
    PyList_Append(list, t);
    PyObject *msg = str("eg");
    PyObject *g = make(PyExc_BaseExceptionGroup, 2, (PyObject *[]){msg, list});
    assert_ptr_equal(Py_TYPE(g), (PyTypeObject *)PyExc_ExceptionGroup);
    assert_str(g, "eg (2 sub-exceptions)");
    Py_DECREF(g);
    PyObject *k = make(PyExc_KeyboardInterrupt, 0, NULL);
    PyList_Append(list, k);
    assert_null(make(PyExc_ExceptionGroup, 2, (PyObject *[]){msg, list}));
    assert_raised(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    Py_DECREF(k); Py_DECREF(v); Py_DECREF(t); Py_DECREF(list); Py_DECREF(msg);
}

static void
test_error_set_string_raises_an_instance(void **state)
{
    assert_null(PyErr_Occurred());
    PyErr_SetString(PyExc_ValueError, "bad value");
    assert_ptr_equal(PyErr_Occurred(), PyExc_ValueError);
    assert_true(PyErr_ExceptionMatches(PyExc_Exception));
    assert_false(PyErr_ExceptionMatches(PyExc_TypeError));
    assert_raised(PyExc_ValueError, "bad value");
    assert_null(PyErr_Occurred());
}

static void
test_error_format_uses_repr_and_str(void **state)
{
    PyObject *s = str("x'y");
    PyErr_Format(PyExc_TypeError, "%R and %S and %d%%", s, s, 42);
    assert_raised(PyExc_TypeError, "\"x'y\" and x'y and 42%");
    Py_DECREF(s);
}

static void
test_error_raised_while_one_is_pending_replaces_it_without_context(void **state)
{
    // CPython chains only the exception being handled, never a pending one.
    PyErr_SetString(PyExc_KeyError, "first");
    PyErr_SetString(PyExc_ValueError, "second");
    PyObject *exc = PyErr_GetRaisedException();
    assert_ptr_equal(Py_TYPE(exc), (PyTypeObject *)PyExc_ValueError);
    assert_null(PyException_GetContext(exc));
    Py_DECREF(exc);
}

static void
test_error_raised_while_handling_gets_the_handled_one_as_context(void **state)
{
    PyErr_SetString(PyExc_KeyError, "handled");
    RtThreadState *ts = rt_tstate();
    ts->exc_info->exc_value = PyErr_GetRaisedException(); // as PUSH_EXC_INFO does
    PyErr_SetString(PyExc_ValueError, "second");
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *ctx = PyException_GetContext(exc);
    assert_ptr_equal(ctx, ts->exc_info->exc_value);
    Py_DECREF(ctx);
    Py_CLEAR(ts->exc_info->exc_value);
    Py_DECREF(exc);
}

static void
test_error_context_chaining_breaks_a_cycle(void **state)
{
    // try: raise a  except: try: raise b  except: raise a  -> b's context no longer a.
    PyErr_SetString(PyExc_KeyError, "a");
    PyObject *a = PyErr_GetRaisedException();
    PyErr_SetString(PyExc_ValueError, "b");
    PyObject *b = PyErr_GetRaisedException();
    PyException_SetContext(b, Py_NewRef(a));
    RtThreadState *ts = rt_tstate();
    ts->exc_info->exc_value = Py_NewRef(b);
    PyErr_SetObject(PyExc_KeyError, a);
    PyObject *raised = PyErr_GetRaisedException();
    assert_ptr_equal(raised, a);
    PyObject *ctx = PyException_GetContext(a);
    assert_ptr_equal(ctx, b);
    assert_null(PyException_GetContext(b));
    Py_DECREF(ctx);
    Py_DECREF(raised);
    Py_CLEAR(ts->exc_info->exc_value);
    PyException_SetContext(a, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_error_reraising_the_handled_exception_sets_no_context(void **state)
{
    PyErr_SetString(PyExc_KeyError, "a");
    PyObject *a = PyErr_GetRaisedException();
    RtThreadState *ts = rt_tstate();
    ts->exc_info->exc_value = Py_NewRef(a);
    PyErr_SetObject(PyExc_KeyError, a);
    PyObject *raised = PyErr_GetRaisedException();
    assert_ptr_equal(raised, a);
    assert_null(PyException_GetContext(a));
    Py_DECREF(raised);
    Py_CLEAR(ts->exc_info->exc_value);
    Py_DECREF(a);
}

static void
test_error_tuple_matches_any_member(void **state)
{
    PyObject *classes = PyTuple_Pack(2, PyExc_KeyError, PyExc_TypeError);
    PyErr_SetNone(PyExc_TypeError);
    assert_true(PyErr_ExceptionMatches(classes));
    PyErr_Clear();
    Py_DECREF(classes);
}

static void
test_error_no_memory_needs_no_allocation(void **state)
{
    assert_null(PyErr_NoMemory());
    PyObject *exc = PyErr_GetRaisedException();
    assert_ptr_equal(exc, rt_exc_memory_error_instance());
    Py_DECREF(exc);
}

static void
test_error_from_errno_builds_oserror_subclass(void **state)
{
    errno = ENOENT;
    assert_null(PyErr_SetFromErrno(PyExc_OSError));
    assert_raised(PyExc_FileNotFoundError, "[Errno 2] No such file or directory");
}

static void
test_error_fetch_and_restore_round_trip(void **state)
{
    PyErr_SetString(PyExc_IndexError, "gone");
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    assert_null(PyErr_Occurred());
    assert_ptr_equal(type, PyExc_IndexError);
    PyErr_Restore(type, value, tb);
    assert_raised(PyExc_IndexError, "gone");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exc_hierarchy_follows_cpython),
        cmocka_unit_test(test_exc_repr_and_str_follow_the_arguments),
        cmocka_unit_test(test_exc_key_error_str_is_the_key_repr),
        cmocka_unit_test(test_exc_oserror_picks_subclass_from_errno),
        cmocka_unit_test(test_exc_syntax_error_str_names_file_and_line),
        cmocka_unit_test(test_exc_unicode_errors_describe_the_range),
        cmocka_unit_test(test_exc_rejects_unknown_keywords),
        cmocka_unit_test(test_exc_group_of_exceptions_becomes_exception_group),
        cmocka_unit_test(test_error_set_string_raises_an_instance),
        cmocka_unit_test(test_error_format_uses_repr_and_str),
        cmocka_unit_test(test_error_raised_while_one_is_pending_replaces_it_without_context),
        cmocka_unit_test(test_error_raised_while_handling_gets_the_handled_one_as_context),
        cmocka_unit_test(test_error_context_chaining_breaks_a_cycle),
        cmocka_unit_test(test_error_reraising_the_handled_exception_sets_no_context),
        cmocka_unit_test(test_error_tuple_matches_any_member),
        cmocka_unit_test(test_error_no_memory_needs_no_allocation),
        cmocka_unit_test(test_error_from_errno_builds_oserror_subclass),
        cmocka_unit_test(test_error_fetch_and_restore_round_trip),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
