// builtins_args.c: argument parsing for C functions with keywords, following argument
// clinic's _PyArg_UnpackKeywords step by step so that the TypeErrors read as CPython's.
#include "runtime/call.h"
#include "vm/builtins.h"

// The runtime's check serves the methods of the built-in types too; this name stays for the
// builtins that call it.
int
vm_args_check_positional(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max)
{
    return rt_call_check_positional(name, nargs, min, max);
}

int
vm_args_no_kwnames(const char *name, PyObject *kwnames)
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
        if (rt_str_equal_ascii(PyTuple_GET_ITEM(kwnames, i), name))
            return kwvalues[i];
    }
    return NULL;
}

// Is `key` the name of one of spec's keyword-capable parameters?
static int
is_keyword(const VmArgSpec *spec, PyObject *key)
{
    for (int i = spec->posonly; i < spec->nnames; i++) {
        if (rt_str_equal_ascii(key, spec->names[i]))
            return 1;
    }
    return 0;
}

static int
unexpected_keyword(const VmArgSpec *spec, PyObject *kwnames)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
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
check_counts(const VmArgSpec *spec, Py_ssize_t nargs, Py_ssize_t nkw)
{
    int maxargs = spec->nnames, minposonly = spec->posonly < spec->minpos ? spec->posonly
                                                                         : spec->minpos;
    if (nargs + nkw > maxargs) {
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
vm_args_unpack(const VmArgSpec *spec, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames, PyObject **out)
{
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    for (int i = 0; i < spec->nnames; i++)
        out[i] = NULL;
    if (check_counts(spec, nargs, nkw) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
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
