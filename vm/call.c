// call.c: argument binding for Python functions (CPython 3.11's initialize_locals and its
// error messages) and the vectorcall that C code uses to call them. Calls from bytecode to
// Python functions push the frame here too but run it in the same eval loop (eval.c).
#include "runtime/call.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/vm.h"

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'": the reprs of names, joined as CPython words it.
static PyObject *
join_names(PyObject *names)
{
    Py_ssize_t n = PyList_GET_SIZE(names);
    if (n == 1)
        return Py_NewRef(PyList_GET_ITEM(names, 0));
    if (n == 2)
        return PyUnicode_FromFormat("%U and %U", PyList_GET_ITEM(names, 0),
                                    PyList_GET_ITEM(names, 1));
    PyObject *tail = PyUnicode_FromFormat(", %U, and %U", PyList_GET_ITEM(names, n - 2),
                                          PyList_GET_ITEM(names, n - 1));
    if (tail == NULL || PyList_SetSlice(names, n - 2, n, NULL) < 0) {
        Py_XDECREF(tail);
        return NULL;
    }
    PyObject *comma = PyUnicode_FromString(", ");
    PyObject *head = comma != NULL ? PyUnicode_Join(comma, names) : NULL;
    PyObject *r = head != NULL ? PyUnicode_Concat(head, tail) : NULL;
    Py_XDECREF(comma);
    Py_XDECREF(head);
    Py_DECREF(tail);
    return r;
}

// "f() missing 2 required positional arguments: 'a' and 'b'" for the unbound parameters in
// [start, end); positional selects the word.
static void
missing_arguments(PyFunctionObject *func, PyObject **localsplus, Py_ssize_t start, Py_ssize_t end,
                  int positional)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    PyObject *names = PyList_New(0);
    if (names == NULL)
        return;
    for (Py_ssize_t i = start; i < end; i++) {
        if (localsplus[i] != NULL)
            continue;
        PyObject *r = PyObject_Repr(PyTuple_GET_ITEM(co->co_localsplusnames, i));
        if (r == NULL || PyList_Append(names, r) < 0) {
            Py_XDECREF(r);
            Py_DECREF(names);
            return;
        }
        Py_DECREF(r);
    }
    Py_ssize_t n = PyList_GET_SIZE(names);
    PyObject *joined = join_names(names);
    if (joined != NULL)
        PyErr_Format(PyExc_TypeError, "%U() missing %zd required %s argument%s: %U",
                     func->func_qualname, n, positional ? "positional" : "keyword-only",
                     n == 1 ? "" : "s", joined);
    Py_XDECREF(joined);
    Py_DECREF(names);
}

static void
too_many_positional(PyFunctionObject *func, PyObject **localsplus, Py_ssize_t given)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    Py_ssize_t argcount = co->co_argcount, kwonly_given = 0;
    for (Py_ssize_t i = argcount; i < argcount + co->co_kwonlyargcount; i++)
        kwonly_given += localsplus[i] != NULL;
    Py_ssize_t defcount = func->func_defaults == NULL ? 0 : PyTuple_GET_SIZE(func->func_defaults);
    PyObject *sig;
    int plural;
    if (defcount) {
        plural = 1;
        sig = PyUnicode_FromFormat("from %zd to %zd", argcount - defcount, argcount);
    } else {
        plural = argcount != 1;
        sig = PyUnicode_FromFormat("%zd", argcount);
    }
    if (sig == NULL)
        return;
    PyObject *kwonly_sig;
    if (kwonly_given)
        kwonly_sig =
            PyUnicode_FromFormat(" positional argument%s (and %zd keyword-only argument%s)",
                                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwonly_sig = PyUnicode_FromString("");
    if (kwonly_sig != NULL)
        PyErr_Format(PyExc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                     func->func_qualname, sig, plural ? "s" : "", given, kwonly_sig,
                     given == 1 && !kwonly_given ? "was" : "were");
    Py_DECREF(sig);
    Py_XDECREF(kwonly_sig);
}

// Raise "f() got some positional-only arguments passed as keyword arguments: 'a, b'" if a
// keyword names a positional-only parameter. 1 if raised (or on error), else 0.
static int
positional_only_passed_as_keyword(PyFunctionObject *func, PyObject *kwnames)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    PyObject *names = PyList_New(0);
    if (names == NULL)
        return 1;
    Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
    for (int k = 0; k < co->co_posonlyargcount; k++) {
        PyObject *posonly = PyTuple_GET_ITEM(co->co_localsplusnames, k);
        for (Py_ssize_t j = 0; j < nkw; j++) {
            PyObject *kw = PyTuple_GET_ITEM(kwnames, j);
            int eq = kw == posonly ? 1 : PyObject_RichCompareBool(posonly, kw, Py_EQ);
            if (eq < 0 || (eq > 0 && PyList_Append(names, kw) < 0)) {
                Py_DECREF(names);
                return 1;
            }
        }
    }
    if (PyList_GET_SIZE(names) == 0) {
        Py_DECREF(names);
        return 0;
    }
    PyObject *comma = PyUnicode_FromString(", ");
    PyObject *joined = comma != NULL ? PyUnicode_Join(comma, names) : NULL;
    if (joined != NULL)
        PyErr_Format(PyExc_TypeError,
                     "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                     func->func_qualname, joined);
    Py_XDECREF(comma);
    Py_XDECREF(joined);
    Py_DECREF(names);
    return 1;
}

// The parameter slot a keyword names (positional-or-keyword or keyword-only), -1 if none,
// -2 on a comparison error.
static Py_ssize_t
find_keyword(PyCodeObject *co, PyObject *keyword, Py_ssize_t total_args)
{
    PyObject *const *names = ((PyTupleObject *)co->co_localsplusnames)->ob_item;
    // Names are interned, so pointers almost always decide.
    for (Py_ssize_t j = co->co_posonlyargcount; j < total_args; j++) {
        if (names[j] == keyword)
            return j;
    }
    for (Py_ssize_t j = co->co_posonlyargcount; j < total_args; j++) {
        int eq = PyObject_RichCompareBool(keyword, names[j], Py_EQ);
        if (eq != 0)
            return eq > 0 ? j : -2;
    }
    return -1;
}

// Bind the keyword arguments (values at values[i], stolen); kwdict receives the unknown
// ones when the function has **kwargs. 0, or -1 with the remaining values released.
static int
bind_keywords(PyFunctionObject *func, PyObject **localsplus, PyObject *const *values,
              PyObject *kwnames, PyObject *kwdict)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    Py_ssize_t total_args = co->co_argcount + co->co_kwonlyargcount;
    Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames), i = 0;
    for (; i < nkw; i++) {
        PyObject *keyword = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = values[i];
        if (!PyUnicode_Check(keyword)) {
            PyErr_Format(PyExc_TypeError, "%U() keywords must be strings", func->func_qualname);
            goto fail;
        }
        Py_ssize_t j = find_keyword(co, keyword, total_args);
        if (j == -2)
            goto fail;
        if (j >= 0) {
            if (localsplus[j] != NULL) {
                PyErr_Format(PyExc_TypeError, "%U() got multiple values for argument '%S'",
                             func->func_qualname, keyword);
                goto fail;
            }
            localsplus[j] = value;
            continue;
        }
        if (kwdict == NULL) {
            if (co->co_posonlyargcount == 0 || !positional_only_passed_as_keyword(func, kwnames))
                PyErr_Format(PyExc_TypeError, "%U() got an unexpected keyword argument '%S'",
                             func->func_qualname, keyword);
            goto fail;
        }
        if (PyDict_SetItem(kwdict, keyword, value) < 0)
            goto fail;
        Py_DECREF(value);
    }
    return 0;
fail:
    for (; i < nkw; i++)
        Py_DECREF(values[i]);
    return -1;
}

// Fill the parameters still unbound from __defaults__ and __kwdefaults__, or raise the
// "missing ... argument" error. n is the number of positional arguments bound.
static int
apply_defaults(PyFunctionObject *func, PyObject **localsplus, Py_ssize_t argcount, Py_ssize_t n)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    Py_ssize_t co_argcount = co->co_argcount, total_args = co_argcount + co->co_kwonlyargcount;
    if (argcount < co_argcount) {
        PyObject *defaults = func->func_defaults;
        Py_ssize_t defcount = defaults == NULL ? 0 : PyTuple_GET_SIZE(defaults);
        Py_ssize_t m = co_argcount - defcount;
        for (Py_ssize_t i = argcount; i < m; i++) {
            if (localsplus[i] == NULL) {
                missing_arguments(func, localsplus, 0, m, 1);
                return -1;
            }
        }
        for (Py_ssize_t i = n > m ? n - m : 0; i < defcount; i++) {
            if (localsplus[m + i] == NULL)
                localsplus[m + i] = Py_NewRef(PyTuple_GET_ITEM(defaults, i));
        }
    }
    int missing = 0;
    for (Py_ssize_t i = co_argcount; i < total_args; i++) {
        if (localsplus[i] != NULL)
            continue;
        if (func->func_kwdefaults != NULL) {
            PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
            PyObject *def = PyDict_GetItemWithError(func->func_kwdefaults, name);
            if (def != NULL) {
                localsplus[i] = Py_NewRef(def);
                continue;
            }
            if (PyErr_Occurred())
                return -1;
        }
        missing = 1;
    }
    if (missing) {
        missing_arguments(func, localsplus, co_argcount, total_args, 0);
        return -1;
    }
    return 0;
}

int
vm_bind_arguments(PyFunctionObject *func, PyObject **localsplus, PyObject *const *args,
                  Py_ssize_t argcount, PyObject *kwnames)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    Py_ssize_t total_args = co->co_argcount + co->co_kwonlyargcount;
    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    PyObject *kwdict = NULL;
    if (co->co_flags & CO_VARKEYWORDS) {
        kwdict = PyDict_New();
        if (kwdict == NULL)
            goto fail_all;
        localsplus[total_args + ((co->co_flags & CO_VARARGS) != 0)] = kwdict;
    }
    Py_ssize_t n = argcount > co->co_argcount ? co->co_argcount : argcount;
    for (Py_ssize_t j = 0; j < n; j++)
        localsplus[j] = args[j];
    if (co->co_flags & CO_VARARGS) {
        PyObject *rest = rt_tuple_from_array_steal(args + n, argcount - n);
        if (rest == NULL) {
            for (Py_ssize_t j = n; j < argcount; j++)
                Py_DECREF(args[j]);
            goto fail_keywords;
        }
        localsplus[total_args] = rest;
    } else {
        // Too many positional arguments: reported below, once keywords are bound.
        for (Py_ssize_t j = n; j < argcount; j++)
            Py_DECREF(args[j]);
    }
    if (nkw && bind_keywords(func, localsplus, args + argcount, kwnames, kwdict) < 0)
        return -1;
    if (argcount > co->co_argcount && !(co->co_flags & CO_VARARGS)) {
        too_many_positional(func, localsplus, argcount);
        return -1;
    }
    return apply_defaults(func, localsplus, argcount, n);

fail_all:
    for (Py_ssize_t j = 0; j < argcount; j++)
        Py_DECREF(args[j]);
fail_keywords:
    for (Py_ssize_t j = argcount; j < argcount + nkw; j++)
        Py_DECREF(args[j]);
    return -1;
}

PyObject *
vm_function_builtins(PyFunctionObject *func)
{
    return func->func_builtins != NULL ? func->func_builtins : vm_builtins();
}

Frame *
vm_push_function_frame(VmThreadState *vs, PyFunctionObject *func, PyObject *locals,
                       PyObject *const *args, Py_ssize_t argcount, PyObject *kwnames)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    PyObject *builtins = vm_function_builtins(func);
    Frame *f = builtins == NULL
                   ? NULL
                   : vm_frame_push(vs, (PyObject *)func, co, func->func_globals, builtins, locals);
    if (f == NULL) {
        Py_ssize_t total = argcount + (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
        for (Py_ssize_t i = 0; i < total; i++)
            Py_DECREF(args[i]);
        return NULL;
    }
    if (vm_bind_arguments(func, f->localsplus, args, argcount, kwnames) < 0) {
        vm_frame_clear_and_pop(vs, f);
        return NULL;
    }
    return f;
}

PyObject *
vm_function_vectorcall(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    VmThreadState *vs = vm_tstate();
    PyFunctionObject *f = (PyFunctionObject *)func;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t total = nargs + (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
    for (Py_ssize_t i = 0; i < total; i++)
        Py_INCREF(args[i]);
    PyCodeObject *co = (PyCodeObject *)f->func_code;
    PyObject *locals = (co->co_flags & CO_OPTIMIZED) ? NULL : f->func_globals;
    Frame *frame = vm_push_function_frame(vs, f, locals, args, nargs, kwnames);
    if (frame == NULL)
        return NULL;
    return vm_eval_frame(vs, frame);
}
