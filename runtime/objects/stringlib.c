// stringlib.c: the argument handling shared by the str and bytes methods (see stringlib.h).
// The methods are in str_methods.c and bytes_methods.c.
#include <limits.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/stringlib.h"

int
rt_stringlib_parse_bounds(const char *name, PyObject *const *args, Py_ssize_t nargs,
                          Py_ssize_t len, Py_ssize_t *start, Py_ssize_t *end)
{
    if (nargs < 1 || nargs > 3) {
        PyErr_Format(PyExc_TypeError, "%s() takes at %s (%zd given)", name,
                     nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
        return -1;
    }
    Py_ssize_t bounds[2] = {0, PY_SSIZE_T_MAX};
    for (Py_ssize_t k = 1; k < nargs; k++) {
        if (args[k] == Py_None)
            continue;
        if (!PyIndex_Check(args[k])) {
            PyErr_SetString(PyExc_TypeError, "slice indices must be integers or None or have an "
                                             "__index__ method");
            return -1;
        }
        bounds[k - 1] = PyNumber_AsSsize_t(args[k], NULL);
        if (bounds[k - 1] == -1 && PyErr_Occurred())
            return -1;
    }
    *start = bounds[0];
    *end = bounds[1];
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
    return 0;
}

int
rt_stringlib_parse_split(const char *name, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames, PyObject **sep, Py_ssize_t *maxcount)
{
    static const char *const names[] = {"sep", "maxsplit"};
    const RtArgSpec spec = {name, names, 2, 0, 0, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    *maxcount = -1;
    if (a[1] != NULL && rt_stringlib_ssize_arg(a[1], maxcount) < 0)
        return -1;
    if (*maxcount < 0)
        *maxcount = PY_SSIZE_T_MAX;
    *sep = a[0] == Py_None ? NULL : a[0];
    return 0;
}

int
rt_stringlib_parse_codec(const char *name, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames, const char **encoding, const char **errors)
{
    static const char *const names[] = {"encoding", "errors"};
    const RtArgSpec spec = {name, names, 2, 0, 0, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    const char **out[2] = {encoding, errors};
    static const char *const what[2] = {"argument 'encoding'", "argument 'errors'"};
    for (int k = 0; k < 2; k++) {
        *out[k] = NULL;
        if (a[k] == NULL)
            continue;
        if (!rt_stringlib_check_str_arg(name, what[k], a[k]) ||
            (*out[k] = rt_stringlib_c_string(a[k])) == NULL)
            return -1;
    }
    return 0;
}

const char *
rt_stringlib_c_string(PyObject *s)
{
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    if (p != NULL && strlen(p) != (size_t)n) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return NULL;
    }
    return p;
}

int
rt_stringlib_ssize_arg(PyObject *o, Py_ssize_t *out)
{
    PyObject *n = PyNumber_Index(o);
    if (n == NULL)
        return -1;
    *out = PyLong_AsSsize_t(n);
    Py_DECREF(n);
    return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

int
rt_stringlib_int_arg(PyObject *o, int *out)
{
    PyObject *n = PyNumber_Index(o);
    if (n == NULL)
        return -1;
    int overflow;
    long v = PyLong_AsLongAndOverflow(n, &overflow);
    Py_DECREF(n);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (overflow || v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int
rt_stringlib_check_str_arg(const char *func, const char *what, PyObject *o)
{
    if (PyUnicode_Check(o))
        return 1;
    PyErr_Format(PyExc_TypeError, "%s() %s must be str, not %.50s", func, what,
                 o == Py_None ? "None" : rt_type_name(Py_TYPE(o)));
    return 0;
}
