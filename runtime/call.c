// call.c: vectorcall (PEP 590), the calling convention of the interpreter: arguments in a C
// array, keyword names in a tuple. Falls back to tp_call with a tuple and a dict for
// callables without a vectorcall. The tuple-based PyObject_Call is in abstract.c.
#include <stdarg.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/typeattr.h"

vectorcallfunc
PyVectorcall_Function(PyObject *callable)
{
    PyTypeObject *t = Py_TYPE(callable);
    if (!PyType_HasFeature(t, Py_TPFLAGS_HAVE_VECTORCALL) || t->tp_vectorcall_offset <= 0)
        return NULL;
    vectorcallfunc f;
    memcpy(&f, (char *)callable + t->tp_vectorcall_offset, sizeof f);
    return f;
}

PyObject *
rt_call_check_result(PyObject *callable, PyObject *result)
{
    if (result == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_SystemError, "%R returned NULL without setting an exception",
                         callable);
        return NULL;
    }
    if (PyErr_Occurred()) {
        Py_DECREF(result);
        PyObject *cause = PyErr_GetRaisedException();
        PyErr_Format(PyExc_SystemError, "%R returned a result with an exception set", callable);
        PyObject *exc = PyErr_GetRaisedException();
        if (exc != NULL) {
            PyException_SetContext(exc, Py_NewRef(cause));
            PyException_SetCause(exc, cause);
            cause = NULL;
        }
        Py_XDECREF(cause);
        PyErr_SetRaisedException(exc);
        return NULL;
    }
    return result;
}

PyObject *
rt_call_kwnames_to_dict(PyObject *const *values, PyObject *kwnames)
{
    Py_ssize_t n = PyTuple_GET_SIZE(kwnames);
    PyObject *d = rt_dict_new_presized(n);
    if (d == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyDict_SetItem(d, PyTuple_GET_ITEM(kwnames, i), values[i]) < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return d;
}

// The slow path: callable's tp_call with a tuple and a dict built from the array.
static PyObject *
call_via_tp_call(PyObject *callable, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames)
{
    ternaryfunc call = Py_TYPE(callable)->tp_call;
    if (call == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not callable",
                     Py_TYPE(callable)->tp_name);
        return NULL;
    }
    PyObject *argstuple = rt_tuple_from_array(args, nargs);
    if (argstuple == NULL)
        return NULL;
    PyObject *kwdict = NULL, *result = NULL;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        kwdict = rt_call_kwnames_to_dict(args + nargs, kwnames);
        if (kwdict == NULL)
            goto done;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
        result = call(callable, argstuple, kwdict);
        Py_LeaveRecursiveCall();
    }
    result = rt_call_check_result(callable, result);
done:
    Py_DECREF(argstuple);
    Py_XDECREF(kwdict);
    return result;
}

PyObject *
rt_call_vector(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    vectorcallfunc f = PyVectorcall_Function(callable);
    if (f == NULL)
        return call_via_tp_call(callable, args, PyVectorcall_NARGS(nargsf), kwnames);
    return rt_call_check_result(callable, f(callable, args, nargsf, kwnames));
}

PyObject *
PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return rt_call_vector(callable, args, nargsf, kwnames);
}

// Copy args and the dict's values into one new array (slot 0 left free for
// PY_VECTORCALL_ARGUMENTS_OFFSET) and its keys into *pkwnames. Returns the array (owned
// references; free with free_unpacked) or NULL.
static PyObject **
unpack_dict(PyObject *const *args, Py_ssize_t nargs, PyObject *kwdict, PyObject **pkwnames)
{
    Py_ssize_t nkw = PyDict_GET_SIZE(kwdict);
    PyObject **stack = PyMem_Malloc((size_t)(1 + nargs + nkw) * sizeof(PyObject *));
    if (stack == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *kwnames = PyTuple_New(nkw);
    if (kwnames == NULL) {
        PyMem_Free(stack);
        return NULL;
    }
    stack++;
    for (Py_ssize_t i = 0; i < nargs; i++)
        stack[i] = Py_NewRef(args[i]);
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    int keys_are_str = 1;
    while (PyDict_Next(kwdict, &pos, &key, &value)) {
        keys_are_str &= PyUnicode_Check(key);
        PyTuple_SET_ITEM(kwnames, i, Py_NewRef(key));
        stack[nargs + i] = Py_NewRef(value);
        i++;
    }
    if (!keys_are_str) {
        // CPython checks late too, so that the common all-str case pays nothing extra.
        PyErr_SetString(PyExc_TypeError, "keywords must be strings");
        for (Py_ssize_t k = 0; k < nargs + nkw; k++)
            Py_DECREF(stack[k]);
        PyMem_Free(stack - 1);
        Py_DECREF(kwnames);
        return NULL;
    }
    *pkwnames = kwnames;
    return stack;
}

static void
free_unpacked(PyObject **stack, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t n = PyTuple_GET_SIZE(kwnames) + nargs;
    for (Py_ssize_t i = 0; i < n; i++)
        Py_DECREF(stack[i]);
    PyMem_Free(stack - 1);
    Py_DECREF(kwnames);
}

// Call f (callable's vectorcall) with positional args and a keyword dict.
static PyObject *
vectorcall_with_dict(vectorcallfunc f, PyObject *callable, PyObject *const *args,
                     Py_ssize_t nargs, PyObject *kwdict)
{
    if (kwdict == NULL || PyDict_GET_SIZE(kwdict) == 0)
        return rt_call_check_result(callable, f(callable, args, (size_t)nargs, NULL));
    PyObject *kwnames;
    PyObject **stack = unpack_dict(args, nargs, kwdict, &kwnames);
    if (stack == NULL)
        return NULL;
    PyObject *r = f(callable, stack, (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    free_unpacked(stack, nargs, kwnames);
    return rt_call_check_result(callable, r);
}

PyObject *
PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *kwdict)
{
    vectorcallfunc f = PyVectorcall_Function(callable);
    if (f == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object does not support vectorcall",
                     Py_TYPE(callable)->tp_name);
        return NULL;
    }
    return vectorcall_with_dict(f, callable, &PyTuple_GET_ITEM(tuple, 0),
                                PyTuple_GET_SIZE(tuple), kwdict);
}

PyObject *
PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf,
                        PyObject *kwdict)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    vectorcallfunc f = PyVectorcall_Function(callable);
    if (f != NULL)
        return vectorcall_with_dict(f, callable, args, nargs, kwdict);
    PyObject *argstuple = rt_tuple_from_array(args, nargs);
    if (argstuple == NULL)
        return NULL;
    PyObject *r = PyObject_Call(callable, argstuple, kwdict);
    Py_DECREF(argstuple);
    return r;
}

PyObject *
PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf,
                          PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    int unbound;
    PyObject *callable = rt_object_get_method(args[0], name, &unbound);
    if (callable == NULL)
        return NULL;
    PyObject *r;
    if (unbound)
        r = rt_call_vector(callable, args, (size_t)nargs, kwnames);
    else
        r = rt_call_vector(callable, args + 1, (size_t)(nargs - 1), kwnames);
    Py_DECREF(callable);
    return r;
}

// Collect the NULL-terminated varargs into a small array; returns the count or -1 if there
// are more than `cap`.
static Py_ssize_t
collect_args(va_list va, PyObject **out, Py_ssize_t cap)
{
    Py_ssize_t n = 0;
    PyObject *o;
    while ((o = va_arg(va, PyObject *)) != NULL) {
        if (n == cap)
            return -1;
        out[n++] = o;
    }
    return n;
}

#define MAX_OBJARGS 16

PyObject *
PyObject_CallFunctionObjArgs(PyObject *callable, ...)
{
    PyObject *args[MAX_OBJARGS];
    va_list va;
    va_start(va, callable);
    Py_ssize_t n = collect_args(va, args, MAX_OBJARGS);
    va_end(va);
    if (n < 0) {
        PyErr_SetString(PyExc_SystemError, "PyObject_CallFunctionObjArgs: too many arguments");
        return NULL;
    }
    return rt_call_vector(callable, args, (size_t)n, NULL);
}

PyObject *
PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...)
{
    PyObject *args[MAX_OBJARGS + 1];
    args[0] = obj;
    va_list va;
    va_start(va, name);
    Py_ssize_t n = collect_args(va, args + 1, MAX_OBJARGS);
    va_end(va);
    if (n < 0) {
        PyErr_SetString(PyExc_SystemError, "PyObject_CallMethodObjArgs: too many arguments");
        return NULL;
    }
    return PyObject_VectorcallMethod(name, args, (size_t)(n + 1), NULL);
}

PyObject *
PyObject_CallMethodNoArgs(PyObject *obj, PyObject *name)
{
    return PyObject_VectorcallMethod(name, &obj, 1, NULL);
}

PyObject *
PyObject_CallMethodOneArg(PyObject *obj, PyObject *name, PyObject *arg)
{
    PyObject *args[2] = {obj, arg};
    return PyObject_VectorcallMethod(name, args, 2, NULL);
}

// ---- argument parsing for built-in methods ------------------------------------------------

int
rt_call_check_positional(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max)
{
    if (nargs >= min && nargs <= max)
        return 1;
    Py_ssize_t bound = nargs < min ? min : max;
    PyErr_Format(PyExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                 min == max ? "" : nargs < min ? "at least " : "at most ", bound,
                 bound == 1 ? "" : "s", nargs);
    return 0;
}

int
rt_call_no_kwnames(const char *name, PyObject *kwnames)
{
    if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%s() takes no keyword arguments", name);
    return 0;
}

// The value passed for keyword `name`, or NULL.
static PyObject *
find_keyword(PyObject *kwnames, PyObject *const *kwvalues, const char *name)
{
    Py_ssize_t n = PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        if (PyUnicode_Check(key) && rt_str_equal_ascii(key, name))
            return kwvalues[i];
    }
    return NULL;
}

// Is `key` the name of one of spec's keyword-capable parameters?
static int
is_keyword(const RtArgSpec *spec, PyObject *key)
{
    for (int i = spec->posonly; i < spec->nnames; i++) {
        if (rt_str_equal_ascii(key, spec->names[i]))
            return 1;
    }
    return 0;
}

// CPython's error_unexpected_keyword_arg: the first keyword that names no parameter.
static int
unexpected_keyword(const RtArgSpec *spec, PyObject *kwnames)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return -1;
        }
        if (!is_keyword(spec, key)) {
            PyErr_Format(PyExc_TypeError, "'%S' is an invalid keyword argument for %s()", key,
                         spec->fname);
            return -1;
        }
    }
    PyErr_Format(PyExc_TypeError, "invalid keyword argument for %s()", spec->fname);
    return -1;
}

// The argument-count checks that come before keywords are matched.
static int
check_counts(const RtArgSpec *spec, Py_ssize_t nargs, Py_ssize_t nkw)
{
    int maxargs = spec->nnames, minposonly = spec->posonly < spec->minpos ? spec->posonly
                                                                         : spec->minpos;
    if (nargs + nkw > maxargs) {
        // "keyword" when nargs == 0 avoids misleading messages (CPython's bpo-31229).
        PyErr_Format(PyExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)",
                     spec->fname, maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                     nargs + nkw);
        return -1;
    }
    if (nargs > spec->maxpos) {
        if (spec->maxpos == 0)
            PyErr_Format(PyExc_TypeError, "%s() takes no positional arguments", spec->fname);
        else
            PyErr_Format(PyExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                         spec->fname, spec->minpos < spec->maxpos ? "at most" : "exactly",
                         spec->maxpos, spec->maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < minposonly) {
        PyErr_Format(PyExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                     spec->fname, minposonly < spec->maxpos ? "at least" : "exactly",
                     minposonly, minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int
rt_call_unpack(const RtArgSpec *spec, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames, PyObject **out)
{
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    for (int i = 0; i < spec->nnames; i++)
        out[i] = NULL;
    if (check_counts(spec, nargs, nkw) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    // Parameters below reqlimit must be present: the required positional ones, or with
    // required keyword-only ones every parameter up to the last of those.
    int reqlimit = spec->minkw ? spec->maxpos + spec->minkw : spec->minpos;
    PyObject *const *kwvalues = args + nargs;
    Py_ssize_t left = nkw;
    for (int i = (int)(nargs > spec->posonly ? nargs : spec->posonly); i < spec->nnames; i++) {
        PyObject *v = NULL;
        if (left > 0)
            v = find_keyword(kwnames, kwvalues, spec->names[i]);
        else if (i >= reqlimit)
            break;
        out[i] = v;
        if (v != NULL) {
            left--;
        } else if (i < spec->minpos || (spec->maxpos <= i && i < reqlimit)) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s' (pos %d)",
                         spec->fname, spec->names[i], i + 1);
            return -1;
        }
    }
    if (left > 0) {
        for (int i = spec->posonly; i < nargs; i++) {
            if (find_keyword(kwnames, kwvalues, spec->names[i]) != NULL) {
                PyErr_Format(PyExc_TypeError,
                             "argument for %s() given by name ('%s') and position (%d)",
                             spec->fname, spec->names[i], i + 1);
                return -1;
            }
        }
        return unexpected_keyword(spec, kwnames);
    }
    return 0;
}
