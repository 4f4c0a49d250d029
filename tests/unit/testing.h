// testing.h: helpers shared by the cmocka suites: runtime set-up, assertions on reprs and
// pending exceptions, and a text buffer with a line-by-line comparison for suites that check
// long listings. Include after <cmocka.h>.
#ifndef KRAIT_TESTS_TESTING_H
#define KRAIT_TESTS_TESTING_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

// A tuple of n C longs.
static inline PyObject *
tuple_of_longs(int n, ...)
{
    PyObject *t = PyTuple_New(n);
    va_list va;
    va_start(va, n);
    for (int i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, PyLong_FromLong(va_arg(va, long)));
    va_end(va);
    return t;
}

// A growable, NUL-terminated text buffer ({0} is empty); the suite frees s.
typedef struct {
    char *s;
    size_t len, cap;
} TestBuf;

// Append printf-style text to b.
static inline void
rt_test_printf(TestBuf *b, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int n = vsnprintf(NULL, 0, fmt, va);
    va_end(va);
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    va_start(va, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, va);
    va_end(va);
    b->len += (size_t)n;
}

// 1 if got equals want, else 0 after printing the first line that differs (under name), so
// a suite can count the failing cases of a table and report them all.
static inline int
rt_test_same_text(const char *name, const char *got, const char *want)
{
    if (strcmp(got, want) == 0)
        return 1;
    const char *g = got, *w = want;
    int line = 1;
    while (*g && *g == *w) {
        line += *g == '\n';
        g++;
        w++;
    }
    while (g > got && g[-1] != '\n')
        g--, w--;
    print_error("%s: line %d differs\n  got:  %.*s\n  want: %.*s\n", name, line,
                (int)strcspn(g, "\n"), g, (int)strcspn(w, "\n"), w);
    return 0;
}

#endif
