// error.c: the pending exception of the thread state: raising, matching, fetching, printing.
// The exception types and their instances are in objects/exc.c.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"

void
PyErr_SetRaisedException(PyObject *exc)
{
    RtThreadState *ts = rt_tstate();
    PyObject *old = ts->current_exception;
    ts->current_exception = exc;
    Py_XDECREF(old);
}

PyObject *
PyErr_GetRaisedException(void)
{
    RtThreadState *ts = rt_tstate();
    PyObject *exc = ts->current_exception;
    ts->current_exception = NULL;
    return exc;
}

// Instantiate exception class `type` from `value` as CPython's normalization does.
static PyObject *
make_exception(PyObject *type, PyObject *value)
{
    if (value != NULL && PyObject_TypeCheck(value, (PyTypeObject *)type))
        return Py_NewRef(value);
    PyObject *args;
    if (value == NULL || value == Py_None)
        args = PyTuple_New(0);
    else if (PyTuple_Check(value))
        args = Py_NewRef(value);
    else
        args = PyTuple_Pack(1, value);
    if (args == NULL)
        return NULL;
    PyObject *exc = PyObject_Call(type, args, NULL);
    Py_DECREF(args);
    if (exc != NULL && !PyExceptionInstance_Check(exc)) {
        PyErr_Format(PyExc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %s",
                     type, Py_TYPE(exc)->tp_name);
        Py_DECREF(exc);
        return NULL;
    }
    return exc;
}

// Make `handled` the __context__ of exc (CPython's implicit chaining), first cutting the
// chain below handled where it reaches exc, so that no context cycle is created; Floyd's
// tortoise stops the walk on a cycle that existed before.
static void
chain_context(PyObject *exc, PyObject *handled)
{
    PyObject *o = handled, *slow = handled;
    int toggle = 0;
    for (;;) {
        PyObject *ctx = ((PyBaseExceptionObject *)o)->context;
        if (ctx == NULL)
            break;
        if (ctx == exc) {
            PyException_SetContext(o, NULL);
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (toggle)
            slow = ((PyBaseExceptionObject *)slow)->context;
        toggle = !toggle;
    }
    PyException_SetContext(exc, Py_NewRef(handled));
}

void
PyErr_SetObject(PyObject *type, PyObject *value)
{
    if (type == NULL || !PyExceptionClass_Check(type)) {
        PyErr_Format(PyExc_SystemError,
                     "PyErr_SetObject: exception %R is not a BaseException subclass", type);
        return;
    }
    // The new exception replaces a pending one; building it must not see that one.
    PyErr_Clear();
    PyObject *exc = make_exception(type, value);
    if (exc == NULL)
        return;
    // Raised while an except block handles another: that one becomes the context.
    PyObject *handled = rt_state_handled_exception(rt_tstate());
    if (handled != NULL && handled != exc)
        chain_context(exc, handled);
    PyErr_SetRaisedException(exc);
}

void
PyErr_SetString(PyObject *type, const char *msg)
{
    PyObject *s = PyUnicode_FromString(msg);
    if (s == NULL)
        return;
    PyErr_SetObject(type, s);
    Py_DECREF(s);
}

void
PyErr_SetNone(PyObject *type)
{
    PyErr_SetObject(type, NULL);
}

PyObject *
PyErr_FormatV(PyObject *type, const char *fmt, va_list va)
{
    // Formatting may run repr() of objects; it must not see the error being replaced.
    PyErr_Clear();
    PyObject *s = PyUnicode_FromFormatV(fmt, va);
    if (s != NULL) {
        PyErr_SetObject(type, s);
        Py_DECREF(s);
    }
    return NULL;
}

PyObject *
PyErr_Format(PyObject *type, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyErr_FormatV(type, fmt, va);
    va_end(va);
    return NULL;
}

PyObject *
PyErr_NoMemory(void)
{
    PyObject *exc = rt_exc_memory_error_instance();
    PyErr_SetRaisedException(Py_NewRef(exc));
    return NULL;
}

PyObject *
PyErr_BadInternalCall(void)
{
    PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
    return NULL;
}

// The (errno, strerror) argument tuple of an OSError.
static PyObject *
errno_args(int err)
{
    PyObject *code = PyLong_FromLong(err);
    PyObject *text = PyUnicode_FromString(strerror(err));
    PyObject *args = code && text ? PyTuple_Pack(2, code, text) : NULL;
    Py_XDECREF(code);
    Py_XDECREF(text);
    return args;
}

PyObject *
PyErr_SetFromErrno(PyObject *type)
{
    int err = errno;
    if (err == ENOMEM)
        return PyErr_NoMemory();
    // OSError(errno, strerror) picks the subclass (FileNotFoundError ...) itself, in exc.c.
    PyObject *args = errno_args(err);
    if (args == NULL)
        return NULL;
    PyErr_SetObject(type, args);
    Py_DECREF(args);
    return NULL;
}

PyObject *
PyErr_Occurred(void)
{
    PyObject *exc = rt_tstate()->current_exception;
    return exc == NULL ? NULL : (PyObject *)Py_TYPE(exc);
}

void
PyErr_Clear(void)
{
    PyErr_SetRaisedException(NULL);
}

int
PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc)
{
    if (given == NULL || exc == NULL)
        return 0;
    if (PyTuple_Check(exc)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(exc); i++) {
            if (PyErr_GivenExceptionMatches(given, PyTuple_GET_ITEM(exc, i)))
                return 1;
        }
        return 0;
    }
    if (PyExceptionInstance_Check(given))
        given = PyExceptionInstance_Class(given);
    if (PyExceptionClass_Check(given) && PyExceptionClass_Check(exc))
        return PyType_IsSubtype((PyTypeObject *)given, (PyTypeObject *)exc);
    return given == exc;
}

int
PyErr_ExceptionMatches(PyObject *exc)
{
    return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

void
PyErr_Fetch(PyObject **type, PyObject **value, PyObject **tb)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL) {
        *type = *value = *tb = NULL;
        return;
    }
    *type = Py_NewRef(Py_TYPE(exc));
    *tb = PyException_GetTraceback(exc);
    *value = exc;
}

void
PyErr_Restore(PyObject *type, PyObject *value, PyObject *tb)
{
    if (type == NULL) {
        Py_XDECREF(value);
        Py_XDECREF(tb);
        PyErr_Clear();
        return;
    }
    // Normalize to an instance: the thread state only ever holds instances.
    PyErr_Clear();
    PyObject *exc = make_exception(type, value);
    Py_DECREF(type);
    Py_XDECREF(value);
    if (exc == NULL) {
        Py_XDECREF(tb);
        return;
    }
    if (tb != NULL) {
        PyException_SetTraceback(exc, tb);
        Py_DECREF(tb);
    }
    PyErr_SetRaisedException(exc);
}

// Write "Type: message" (or just "Type" for an empty message) for exc to stderr.
static void
print_exception_line(PyObject *exc)
{
    PyTypeObject *t = Py_TYPE(exc);
    const char *name = rt_type_name(t);
    PyObject *msg = PyObject_Str(exc);
    const char *text = msg ? PyUnicode_AsUTF8(msg) : NULL;
    if (text == NULL) {
        PyErr_Clear();
        fprintf(stderr, "%s: <exception str() failed>\n", name);
    } else if (*text == '\0') {
        fprintf(stderr, "%s\n", name);
    } else {
        fprintf(stderr, "%s: %s\n", name, text);
    }
    Py_XDECREF(msg);
}

void
PyErr_Print(void)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    fflush(stdout);
    print_exception_line(exc);
    fflush(stderr);
    Py_DECREF(exc);
}

void (*rt_unraisable_hook)(PyObject *exc, const char *err_msg, PyObject *obj);

void
rt_err_write_unraisable_msg(const char *err_msg, PyObject *obj)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    fflush(stdout);
    if (rt_unraisable_hook != NULL)
        rt_unraisable_hook(exc, err_msg, obj);
    else
        print_exception_line(exc);
    PyErr_Clear(); // the hook reports its own failures
    fflush(stderr);
    Py_DECREF(exc);
}

void
PyErr_WriteUnraisable(PyObject *obj)
{
    rt_err_write_unraisable_msg(NULL, obj);
}
