// testing.h: helpers shared by the cmocka suites: runtime set-up and assertions on reprs
// and pending exceptions. Include after <cmocka.h>.
#ifndef KRAIT_TESTS_TESTING_H
#define KRAIT_TESTS_TESTING_H

#include <string.h>
#include "runtime/runtime.h"

// Group setup/teardown that start and stop the runtime.
static inline int
rt_test_setup(void **state)
{
    (void)state;
    return rt_runtime_init();
}

static inline int
rt_test_teardown(void **state)
{
    (void)state;
    rt_runtime_fini();
    return 0;
}

// Fail unless text(o) (PyObject_Repr or PyObject_Str) equals expected; releases nothing.
static inline void
rt_test_text_equal(PyObject *o, PyObject *(*text)(PyObject *), const char *expected,
                   const char *file, int line)
{
    if (o == NULL)
        _fail(file, line);
    PyObject *s = text(o);
    if (s == NULL)
        _fail(file, line);
    const char *got = PyUnicode_AsUTF8(s);
    _assert_string_equal(got, expected, file, line);
    Py_DECREF(s);
}

#define assert_repr(o, expected) rt_test_text_equal((o), PyObject_Repr, (expected), __FILE__, __LINE__)
#define assert_str(o, expected) rt_test_text_equal((o), PyObject_Str, (expected), __FILE__, __LINE__)

// Fail unless an exception of class `type` is pending and str(exc) equals msg (msg NULL:
// any message); clears it.
static inline void
rt_test_raised(PyObject *type, const char *msg, const char *file, int line)
{
    PyObject *exc = PyErr_GetRaisedException();
    _assert_true(exc != NULL, "an exception is pending", file, line);
    _assert_true(PyErr_GivenExceptionMatches(exc, type), "exception of the expected type", file,
                 line);
    if (msg != NULL) {
        PyObject *s = PyObject_Str(exc);
        _assert_true(s != NULL, "str() of the exception succeeds", file, line);
        _assert_string_equal(PyUnicode_AsUTF8(s), msg, file, line);
        Py_DECREF(s);
    }
    Py_DECREF(exc);
}

#define assert_raised(type, msg) rt_test_raised((type), (msg), __FILE__, __LINE__)

#endif
