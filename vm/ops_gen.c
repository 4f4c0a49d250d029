// ops_gen.c: the instructions of `yield from`, `await`, `async for` and `async with` whose
// work does not fit in the dispatch loop: finding the iterator to delegate to, the awaitable
// to drive, the asynchronous iterator and its next awaitable, the async context manager's
// methods. The generator objects themselves are in genobject*.c.
#include <stdarg.h>
#include "vm/genobject.h"
#include "vm/ops.h"

void
vm_format_from_cause(PyObject *type, const char *fmt, ...)
{
    PyObject *cause = PyErr_GetRaisedException();
    va_list va;
    va_start(va, fmt);
    PyErr_FormatV(type, fmt, va);
    va_end(va);
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL || cause == NULL) {
        Py_XDECREF(cause);
        PyErr_SetRaisedException(exc);
        return;
    }
    PyException_SetCause(exc, Py_NewRef(cause));
    PyException_SetContext(exc, cause);
    PyErr_SetRaisedException(exc);
}

PyObject *
vm_get_yield_from_iter(PyObject *o, PyCodeObject *co)
{
    if (PyCoro_CheckExact(o)) {
        if (!(co->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            PyErr_SetString(PyExc_TypeError,
                            "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return NULL;
        }
        return Py_NewRef(o);
    }
    if (PyGen_CheckExact(o))
        return Py_NewRef(o);
    return PyObject_GetIter(o);
}

PyObject *
vm_get_awaitable(PyObject *o, int where)
{
    PyTypeObject *type = Py_TYPE(o);
    PyObject *it = vm_coro_get_awaitable_iter(o);
    if (it == NULL) {
        // Replace the generic message for what `async with` awaits.
        if (where != 0 && (type->tp_as_async == NULL || type->tp_as_async->am_await == NULL))
            PyErr_Format(PyExc_TypeError,
                         "'async with' received an object from %s that does not implement "
                         "__await__: %.100s",
                         where == 1 ? "__aenter__" : "__aexit__", type->tp_name);
        return NULL;
    }
    if (PyCoro_CheckExact(it)) {
        PyObject *yf = vm_gen_yf((PyGenObject *)it);
        if (yf != NULL) {
            Py_DECREF(yf);
            Py_DECREF(it);
            PyErr_SetString(PyExc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
    }
    return it;
}

PyObject *
vm_get_aiter(PyObject *o)
{
    PyTypeObject *type = Py_TYPE(o);
    if (type->tp_as_async == NULL || type->tp_as_async->am_aiter == NULL)
        return PyErr_Format(PyExc_TypeError,
                            "'async for' requires an object with __aiter__ method, got %.100s",
                            type->tp_name);
    PyObject *it = type->tp_as_async->am_aiter(o);
    if (it == NULL)
        return NULL;
    PyTypeObject *it_type = Py_TYPE(it);
    if (it_type->tp_as_async == NULL || it_type->tp_as_async->am_anext == NULL) {
        PyErr_Format(PyExc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement "
                     "__anext__: %.100s",
                     it_type->tp_name);
        Py_DECREF(it);
        return NULL;
    }
    return it;
}

PyObject *
vm_get_anext(PyObject *aiter)
{
    PyTypeObject *type = Py_TYPE(aiter);
    // An async generator's __anext__ gives its asend awaitable, an iterator already.
    if (PyAsyncGen_CheckExact(aiter))
        return type->tp_as_async->am_anext(aiter);
    if (type->tp_as_async == NULL || type->tp_as_async->am_anext == NULL)
        return PyErr_Format(PyExc_TypeError,
                            "'async for' requires an iterator with __anext__ method, got %.100s",
                            type->tp_name);
    PyObject *next = type->tp_as_async->am_anext(aiter);
    if (next == NULL)
        return NULL;
    PyObject *awaitable = vm_coro_get_awaitable_iter(next);
    if (awaitable == NULL)
        vm_format_from_cause(PyExc_TypeError,
                             "'async for' received an invalid object from __anext__: %.100s",
                             Py_TYPE(next)->tp_name);
    Py_DECREF(next);
    return awaitable;
}

PyObject *
vm_before_async_with(PyObject *mgr, PyObject **exit)
{
    PyObject *enter = vm_lookup_special(mgr, "__aenter__");
    if (enter == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the asynchronous context manager "
                         "protocol",
                         Py_TYPE(mgr)->tp_name);
        return NULL;
    }
    *exit = vm_lookup_special(mgr, "__aexit__");
    if (*exit == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the asynchronous context manager "
                         "protocol (missed __aexit__ method)",
                         Py_TYPE(mgr)->tp_name);
        Py_DECREF(enter);
        return NULL;
    }
    PyObject *r = PyObject_CallNoArgs(enter);
    Py_DECREF(enter);
    if (r == NULL)
        Py_CLEAR(*exit);
    return r;
}
