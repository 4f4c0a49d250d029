// call.h: calling objects with arguments in a C array (vectorcall, PEP 590), the entry the
// interpreter uses for every call (call.c). A callable whose type sets
// Py_TPFLAGS_HAVE_VECTORCALL keeps a vectorcallfunc at tp_vectorcall_offset and is called
// without building a tuple; anything else goes through tp_call with a tuple and a dict.
// The tuple-based PyObject_Call family is in abstract.h.
#ifndef KRAIT_RUNTIME_CALL_H
#define KRAIT_RUNTIME_CALL_H

#include "runtime/object.h"

// Set in nargsf when the callee may overwrite args[-1] temporarily (to prepend self
// without copying); the argument count is the rest of the bits.
#define PY_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))

// The number of positional arguments in a vectorcall nargsf.
static inline Py_ssize_t
PyVectorcall_NARGS(size_t nargsf)
{
    return (Py_ssize_t)(nargsf & ~PY_VECTORCALL_ARGUMENTS_OFFSET);
}

// The vectorcall function of callable, or NULL when its type has none.
vectorcallfunc PyVectorcall_Function(PyObject *callable);

// callable(*args[:nargs], **dict(zip(kwnames, args[nargs:]))): kwnames is NULL or a tuple of
// str whose values follow the positional arguments in args. nargsf may carry
// PY_VECTORCALL_ARGUMENTS_OFFSET. Returns a new reference, or NULL with an exception set
// (TypeError "'T' object is not callable"; SystemError if the callee broke the NULL/exception
// contract).
PyObject *rt_call_vector(PyObject *callable, PyObject *const *args, size_t nargsf,
                         PyObject *kwnames);
PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
                              PyObject *kwnames);

// Like rt_call_vector with keyword arguments in a dict (NULL for none).
PyObject *PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf,
                                  PyObject *kwdict);

// Call the method `name` of args[0] with args[1:] (and kwnames), without creating a bound
// method when the attribute is a plain method. New reference or NULL.
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames);

// tp_call of types that implement vectorcall: unpacks the tuple (and dict) and calls the
// object's vectorcall. TypeError "'T' object does not support vectorcall" if it has none.
PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *kwdict);

// callable(*args) for the NULL-terminated object arguments; new reference or NULL.
PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...);

// obj.name(*args) for the NULL-terminated object arguments; new reference or NULL.
PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);

// obj.name() and obj.name(arg); new reference or NULL.
PyObject *PyObject_CallMethodNoArgs(PyObject *obj, PyObject *name);
PyObject *PyObject_CallMethodOneArg(PyObject *obj, PyObject *name, PyObject *arg);

// A dict mapping kwnames[i] to values[i] (CPython's _PyStack_AsDict). New reference or NULL.
PyObject *rt_call_kwnames_to_dict(PyObject *const *values, PyObject *kwnames);

// Check the result of a C callable: a NULL result needs an exception (else SystemError
// "<callable> returned NULL without setting an exception"); a non-NULL one must not leave
// one pending (else SystemError "... returned a result with an exception set"). Returns
// result, or NULL (result released) after raising.
PyObject *rt_call_check_result(PyObject *callable, PyObject *result);

// The parameters of a C function taking METH_FASTCALL | METH_KEYWORDS, as argument clinic
// describes them: names[0 .. nnames) in order, the first `posonly` positional-only, the
// first `maxpos` accepted positionally (the rest keyword-only), the first `minpos` required,
// and `minkw` keyword-only ones required after maxpos.
typedef struct {
    const char *fname; // the function's name for messages ("round" gives "round() ...")
    const char *const *names;
    int nnames, posonly, minpos, maxpos, minkw;
} RtArgSpec;

// Match the positional args[0 .. nargs) and the keyword arguments (names in kwnames, values
// after the positional ones) to spec, in CPython's _PyArg_UnpackKeywords order so that the
// first error reported is CPython's: out[i] receives parameter i (borrowed) or NULL when
// absent. 0, or -1 with CPython's TypeError ("f() takes at most 2 arguments (3 given)",
// "f() takes no positional arguments", "f() missing required argument 'x' (pos 1)",
// "argument for f() given by name ('x') and position (1)", "'x' is an invalid keyword
// argument for f()" ...).
int rt_call_unpack(const RtArgSpec *spec, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames, PyObject **out);

// Check the positional argument count of a METH_FASTCALL function: 1 if min <= nargs <= max,
// else 0 with CPython's TypeError "name expected at least 1 argument, got 0" (or "at most",
// or "expected 2 arguments").
int rt_call_check_positional(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max);

// 1 if kwnames is NULL or empty, else 0 with TypeError "name() takes no keyword arguments"
// (CPython's _PyArg_NoKwnames).
int rt_call_no_kwnames(const char *name, PyObject *kwnames);

#endif
