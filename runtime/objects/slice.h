// slice.h: the slice type and the Ellipsis singleton (slice.c).
#ifndef KRAIT_RUNTIME_SLICE_H
#define KRAIT_RUNTIME_SLICE_H

#include "runtime/object.h"

typedef struct {
    PyObject_HEAD
    PyObject *start, *stop, *step; // never NULL; Py_None when omitted
} PySliceObject;

extern PyTypeObject PySlice_Type;

#define PySlice_Check(o) Py_IS_TYPE(o, &PySlice_Type)

// slice(start, stop, step); NULL arguments mean None. Returns a new reference.
PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step);

// Read a slice's fields as C indexes, clamped to PY_SSIZE_T_MIN/MAX; step 0 raises
// ValueError "slice step cannot be zero". 0 or -1.
int PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);

// Clip start/stop to a sequence of `length` items; returns the slice length.
Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                                 Py_ssize_t step);

// Unpack + AdjustIndices in one call; *slicelength receives the number of items. 0 or -1.
int PySlice_GetIndicesEx(PyObject *slice, Py_ssize_t length, Py_ssize_t *start,
                         Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *slicelength);

// The slice's start, stop and step as ints of any size (new references) for a sequence of
// `length` items (an int), clipped as PySlice_AdjustIndices clips (CPython's
// _PySlice_GetLongIndices). 0, or -1 with ValueError "length should not be negative" /
// "slice step cannot be zero" or TypeError for a field without __index__.
int rt_slice_long_indices(PyObject *slice, PyObject *length, PyObject **start, PyObject **stop,
                          PyObject **step);

// slice.indices(length) for any object with __index__: the (start, stop, step) tuple that
// range() would take for a sequence of `length` items. A new tuple or NULL.
PyObject *rt_slice_indices(PyObject *slice, PyObject *length);

#endif
