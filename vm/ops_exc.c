// ops_exc.c: raising exceptions from bytecode (RAISE_VARARGS) and the checks of except
// clauses. Implicit chaining through __context__ is PyErr_SetObject's (runtime/error.c);
// unwinding to handlers is in eval.c, tracebacks in traceback.c.
#include "vm/builtins.h"
#include "vm/ops.h"

// Call an exception class with no arguments, checking that it made an exception.
static PyObject *
instantiate(PyObject *cls)
{
    PyObject *v = PyObject_CallNoArgs(cls);
    if (v != NULL && !PyExceptionInstance_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %R", cls,
                     (PyObject *)Py_TYPE(v));
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

// Attach `from cause` (stolen) to value: 0, or -1 with TypeError for a bad cause.
static int
set_cause(PyObject *value, PyObject *cause)
{
    PyObject *fixed;
    if (PyExceptionClass_Check(cause)) {
        fixed = instantiate(cause);
        Py_DECREF(cause);
        if (fixed == NULL)
            return -1;
    } else if (PyExceptionInstance_Check(cause)) {
        fixed = cause;
    } else if (cause == Py_None) {
        Py_DECREF(cause);
        fixed = NULL;
    } else {
        Py_DECREF(cause);
        PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
        return -1;
    }
    PyException_SetCause(value, fixed);
    return 0;
}

int
vm_do_raise(VmThreadState *vs, PyObject *exc, PyObject *cause)
{
    (void)vs;
    if (exc == NULL) {
        PyObject *value = rt_state_handled_exception(rt_tstate());
        if (value == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        PyErr_SetRaisedException(Py_NewRef(value));
        return 1;
    }
    PyObject *value;
    if (PyExceptionClass_Check(exc)) {
        value = instantiate(exc);
        Py_DECREF(exc);
        if (value == NULL)
            goto fail;
    } else if (PyExceptionInstance_Check(exc)) {
        value = exc;
    } else {
        Py_DECREF(exc);
        PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
        goto fail;
    }
    if (cause != NULL && set_cause(value, cause) < 0) {
        Py_DECREF(value);
        return 0;
    }
    // PyErr_SetObject chains the exception being handled as __context__.
    PyErr_SetObject((PyObject *)Py_TYPE(value), value);
    Py_DECREF(value);
    return 0;
fail:
    Py_XDECREF(cause);
    return 0;
}

int
vm_check_except_type_valid(PyObject *right)
{
    static const char msg[] =
        "catching classes that do not inherit from BaseException is not allowed";
    if (PyTuple_Check(right)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(right); i++) {
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(right, i))) {
                PyErr_SetString(PyExc_TypeError, msg);
                return -1;
            }
        }
        return 0;
    }
    if (!PyExceptionClass_Check(right)) {
        PyErr_SetString(PyExc_TypeError, msg);
        return -1;
    }
    return 0;
}

int
vm_check_except_star_type_valid(PyObject *right)
{
    if (vm_check_except_type_valid(right) < 0)
        return -1;
    int n = PyTuple_Check(right) ? (int)PyTuple_GET_SIZE(right) : 1;
    for (int i = 0; i < n; i++) {
        PyObject *t = PyTuple_Check(right) ? PyTuple_GET_ITEM(right, i) : right;
        int is_group = PyObject_IsSubclass(t, PyExc_BaseExceptionGroup);
        if (is_group < 0)
            return -1;
        if (is_group) {
            PyErr_SetString(PyExc_TypeError, "catching ExceptionGroup with except* is not "
                                             "allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}
