// error.h: raising, inspecting and clearing the pending exception (NULL/-1 convention).
// The pending exception is always an instance (normalized at once, as in CPython 3.12).
// The exception types themselves are in objects/exc.h.
#ifndef KRAIT_RUNTIME_ERROR_H
#define KRAIT_RUNTIME_ERROR_H

#include <stdarg.h>
#include <stdio.h>
#include "runtime/object.h"

// Raise type(msg) where msg is a UTF-8 C string.
void PyErr_SetString(PyObject *type, const char *msg);

// Raise type with value: an instance of type is raised as is; a tuple gives the arguments;
// NULL gives no arguments; anything else is the single argument.
void PyErr_SetObject(PyObject *type, PyObject *value);

// Raise type() with no arguments.
void PyErr_SetNone(PyObject *type);

// Raise type(PyUnicode_FromFormat(fmt, ...)); always returns NULL so callers can
// `return PyErr_Format(...)`.
PyObject *PyErr_Format(PyObject *type, const char *fmt, ...);
PyObject *PyErr_FormatV(PyObject *type, const char *fmt, va_list va);

// Raise MemoryError (a preallocated instance, so this works when memory is exhausted);
// returns NULL.
PyObject *PyErr_NoMemory(void);

// Raise SystemError for a C function called with bad arguments; returns NULL.
PyObject *PyErr_BadInternalCall(void);

// Raise OSError (or the matching subclass, e.g. FileNotFoundError) from errno; returns NULL.
PyObject *PyErr_SetFromErrno(PyObject *type);

// The type of the pending exception (borrowed), or NULL if none is pending.
PyObject *PyErr_Occurred(void);

// Drop the pending exception, if any.
void PyErr_Clear(void);

// True if the pending exception matches exc (a class or a tuple of classes).
int PyErr_ExceptionMatches(PyObject *exc);

// True if given (an instance or a class) matches exc (a class or a tuple of classes).
int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc);

// Take the pending exception out of the thread state: a new reference, or NULL.
PyObject *PyErr_GetRaisedException(void);

// Make exc (stolen; may be NULL) the pending exception, dropping any previous one.
void PyErr_SetRaisedException(PyObject *exc);

// CPython's older triple interface over the same state: *type, *value and *tb become new
// references (or NULL); Restore steals its arguments.
void PyErr_Fetch(PyObject **type, PyObject **value, PyObject **tb);
void PyErr_Restore(PyObject *type, PyObject *value, PyObject *tb);

// Print the pending exception as "Type: message" to stderr and clear it; the VM replaces
// this with full tracebacks.
void PyErr_Print(void);

// Report an exception that cannot be raised (in a destructor, say) as CPython does, through
// sys.unraisablehook: by default "Exception ignored in: <obj repr>" and the exception with
// its traceback, to stderr. Clears the pending exception.
void PyErr_WriteUnraisable(PyObject *obj);

// The same with CPython's _PyErr_WriteUnraisableMsg wording: "Exception ignored <err_msg>"
// ("in atexit callback", say) instead of "Exception ignored in".
void rt_err_write_unraisable_msg(const char *err_msg, PyObject *obj);

// Where unraisable exceptions go (installed by the VM, which owns sys.unraisablehook and
// tracebacks): given the exception (borrowed), the message ("Exception ignored ..." or
// NULL) and the object (or NULL). While NULL, "Type: message" is printed to stderr.
extern void (*rt_unraisable_hook)(PyObject *exc, const char *err_msg, PyObject *obj);

#endif
