// builtins_num.c: the numeric and ordering builtins: sum (with CPython 3.11's word and
// double fast paths), min, max, sorted, divmod, pow and round (which calls __round__; the
// rounding of ints and floats is in int.c and float_methods.c).
#include <string.h>
#include "runtime/call.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/ops.h"

// ---- sum --------------------------------------------------------------------------------------

// result + the rest of the iterator with objects (steals result).
static PyObject *
sum_objects(PyObject *result, PyObject *it)
{
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        // Not the in-place add: sum(lists, start) must not change start.
        PyObject *r = PyNumber_Add(result, item);
        Py_DECREF(item);
        Py_DECREF(result);
        if (r == NULL)
            return NULL;
        result = r;
    }
    if (PyErr_Occurred()) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

// Doubles stay in C while the items are exact floats or ints that fit a word.
static PyObject *
sum_floats(double acc, PyObject *it)
{
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        if (PyFloat_CheckExact(item)) {
            acc += PyFloat_AS_DOUBLE(item);
            Py_DECREF(item);
            continue;
        }
        if (PyLong_Check(item) && rt_int_is_small(item)) {
            acc += (double)rt_int_small_value(item);
            Py_DECREF(item);
            continue;
        }
        PyObject *cur = PyFloat_FromDouble(acc);
        PyObject *r = cur ? PyNumber_Add(cur, item) : NULL;
        Py_XDECREF(cur);
        Py_DECREF(item);
        return r == NULL ? NULL : sum_objects(r, it);
    }
    return PyErr_Occurred() ? NULL : PyFloat_FromDouble(acc);
}

// Words stay in C until an item is not an int or the sum overflows.
static PyObject *
sum_ints(int64_t acc, PyObject *it)
{
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int64_t r;
        if ((PyLong_CheckExact(item) || PyBool_Check(item)) && rt_int_is_small(item) &&
            !__builtin_add_overflow(acc, rt_int_small_value(item), &r)) {
            acc = r;
            Py_DECREF(item);
            continue;
        }
        PyObject *cur = PyLong_FromLongLong(acc);
        PyObject *res = cur ? PyNumber_Add(cur, item) : NULL;
        Py_XDECREF(cur);
        Py_DECREF(item);
        if (res == NULL)
            return NULL;
        if (PyFloat_CheckExact(res)) {
            double d = PyFloat_AS_DOUBLE(res);
            Py_DECREF(res);
            return sum_floats(d, it);
        }
        return sum_objects(res, it);
    }
    return PyErr_Occurred() ? NULL : PyLong_FromLongLong(acc);
}

PyObject *
vm_builtin_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    static const RtArgSpec spec = {"sum", names, 2, 1, 1, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *start = a[1];
    if (start != NULL) {
        const char *what = PyUnicode_Check(start) ? "strings [use ''.join(seq) instead]"
                           : PyBytes_Check(start) ? "bytes [use b''.join(seq) instead]"
                                                  : NULL;
        if (what != NULL)
            return PyErr_Format(PyExc_TypeError, "sum() can't sum %s", what);
        if (strcmp(Py_TYPE(start)->tp_name, "bytearray") == 0) {
            PyErr_SetString(PyExc_TypeError,
                            "sum() can't sum bytearray [use b''.join(seq) instead]");
            return NULL;
        }
    }
    PyObject *it = PyObject_GetIter(a[0]);
    if (it == NULL)
        return NULL;
    PyObject *r;
    if (start == NULL)
        r = sum_ints(0, it);
    else if (PyLong_CheckExact(start) && rt_int_is_small(start))
        r = sum_ints(rt_int_small_value(start), it);
    else if (PyFloat_CheckExact(start))
        r = sum_floats(PyFloat_AS_DOUBLE(start), it);
    else
        r = sum_objects(Py_NewRef(start), it);
    Py_DECREF(it);
    return r;
}

// ---- min and max ------------------------------------------------------------------------------

static PyObject *
min_max(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, int op)
{
    const char *name = op == Py_LT ? "min" : "max";
    static const char *const names[] = {"key", "default"};
    RtArgSpec spec = {name, names, 2, 0, 0, 0, 0};
    PyObject *kw[2];
    if (!rt_call_check_positional(name, nargs, 1, PY_SSIZE_T_MAX))
        return NULL;
    if (rt_call_unpack(&spec, args + nargs, 0, kwnames, kw) < 0)
        return NULL;
    PyObject *key = kw[0] == Py_None ? NULL : kw[0], *dflt = kw[1];
    if (nargs > 1 && dflt != NULL)
        return PyErr_Format(PyExc_TypeError,
                            "Cannot specify a default for %s() with multiple positional arguments",
                            name);
    PyObject *seq = nargs > 1 ? rt_tuple_from_array(args, nargs) : Py_NewRef(args[0]);
    if (seq == NULL)
        return NULL;
    PyObject *it = PyObject_GetIter(seq);
    Py_DECREF(seq);
    if (it == NULL)
        return NULL;
    PyObject *best = NULL, *bestval = NULL, *item;
    while ((item = PyIter_Next(it)) != NULL) {
        PyObject *val = key != NULL ? PyObject_CallOneArg(key, item) : Py_NewRef(item);
        if (val == NULL) {
            Py_DECREF(item);
            goto fail;
        }
        if (bestval == NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int cmp = PyObject_RichCompareBool(val, bestval, op);
        if (cmp < 0) {
            Py_DECREF(item);
            Py_DECREF(val);
            goto fail;
        }
        if (cmp > 0) {
            Py_SETREF(best, item);
            Py_SETREF(bestval, val);
        } else {
            Py_DECREF(item);
            Py_DECREF(val);
        }
    }
    if (PyErr_Occurred())
        goto fail;
    Py_DECREF(it);
    Py_XDECREF(bestval);
    if (best == NULL) {
        if (dflt != NULL)
            return Py_NewRef(dflt);
        return PyErr_Format(PyExc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    Py_XDECREF(best);
    Py_XDECREF(bestval);
    Py_DECREF(it);
    return NULL;
}

PyObject *
vm_builtin_min(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return min_max(args, nargs, kwnames, Py_LT);
}

PyObject *
vm_builtin_max(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return min_max(args, nargs, kwnames, Py_GT);
}

// ---- sorted -----------------------------------------------------------------------------------

PyObject *
vm_builtin_sorted(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"key", "reverse"};
    static const RtArgSpec spec = {"sort", names, 2, 0, 0, 0, 0};
    PyObject *kw[2];
    if (!rt_call_check_positional("sorted", nargs, 1, 1))
        return NULL;
    PyObject *list = PySequence_List(args[0]);
    if (list == NULL)
        return NULL;
    if (rt_call_unpack(&spec, args + 1, 0, kwnames, kw) < 0)
        goto fail;
    long reverse = 0;
    if (kw[1] != NULL) {
        reverse = PyLong_AsLong(kw[1]);
        if (reverse == -1 && PyErr_Occurred())
            goto fail;
    }
    if (rt_list_sort(list, kw[0] == Py_None ? NULL : kw[0], reverse != 0) < 0)
        goto fail;
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

// ---- divmod and pow ---------------------------------------------------------------------------

PyObject *
vm_builtin_divmod(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("divmod", nargs, 2, 2))
        return NULL;
    return PyNumber_Divmod(args[0], args[1]);
}

PyObject *
vm_builtin_pow(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod"};
    static const RtArgSpec spec = {"pow", names, 3, 0, 2, 3, 0};
    PyObject *a[3];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return PyNumber_Power(a[0], a[1], a[2] != NULL ? a[2] : Py_None);
}

// ---- round ------------------------------------------------------------------------------------

PyObject *
vm_builtin_round(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "ndigits"};
    static const RtArgSpec spec = {"round", names, 2, 0, 1, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *number = a[0], *ndigits = a[1] == Py_None ? NULL : a[1];
    // The exact types skip the method lookup; their __round__ is the same function.
    if (PyFloat_CheckExact(number))
        return rt_float_round(number, ndigits);
    if (PyLong_CheckExact(number))
        return rt_int_round(number, ndigits);
    PyObject *meth = vm_lookup_special(number, "__round__");
    if (meth == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "type %.100s doesn't define __round__ method",
                         Py_TYPE(number)->tp_name);
        return NULL;
    }
    PyObject *r = ndigits == NULL ? PyObject_CallNoArgs(meth) : PyObject_CallOneArg(meth, ndigits);
    Py_DECREF(meth);
    return r;
}
