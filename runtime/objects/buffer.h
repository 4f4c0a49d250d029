// buffer.h: the buffer protocol (PEP 3118) with CPython's names and contracts: Py_buffer, the
// request flags, getting and releasing views, and the helpers over strided memory (buffer.c).
// The exporters are bytes (bytes.c), bytearray (bytearray.c) and memoryview (memoryview.c);
// the slots themselves (PyBufferProcs) are declared in object.h.
#ifndef KRAIT_RUNTIME_BUFFER_H
#define KRAIT_RUNTIME_BUFFER_H

#include "runtime/object.h"

// A view of an object's memory. buf points at the first item; len is the size in bytes of
// the items the view covers (product(shape) * itemsize). obj holds a reference to the
// exporter until PyBuffer_Release. shape and strides have ndim entries (or are NULL when the
// request did not ask for them); suboffsets are never used by Krait's exporters.
struct bufferinfo {
    void *buf;
    PyObject *obj;
    Py_ssize_t len;
    Py_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format; // struct-module syntax; NULL means "B" (unsigned bytes)
    Py_ssize_t *shape;
    Py_ssize_t *strides;
    Py_ssize_t *suboffsets;
    void *internal; // for the exporter's own use
};

#define PyBUF_MAX_NDIM 64

// Request flags (CPython's values): what the consumer can handle or needs.
#define PyBUF_SIMPLE 0
#define PyBUF_WRITABLE 0x0001
#define PyBUF_WRITEABLE PyBUF_WRITABLE
#define PyBUF_FORMAT 0x0004
#define PyBUF_ND 0x0008
#define PyBUF_STRIDES (0x0010 | PyBUF_ND)
#define PyBUF_C_CONTIGUOUS (0x0020 | PyBUF_STRIDES)
#define PyBUF_F_CONTIGUOUS (0x0040 | PyBUF_STRIDES)
#define PyBUF_ANY_CONTIGUOUS (0x0080 | PyBUF_STRIDES)
#define PyBUF_INDIRECT (0x0100 | PyBUF_STRIDES)
#define PyBUF_CONTIG (PyBUF_ND | PyBUF_WRITABLE)
#define PyBUF_CONTIG_RO (PyBUF_ND)
#define PyBUF_STRIDED (PyBUF_STRIDES | PyBUF_WRITABLE)
#define PyBUF_STRIDED_RO (PyBUF_STRIDES)
#define PyBUF_RECORDS (PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_RECORDS_RO (PyBUF_STRIDES | PyBUF_FORMAT)
#define PyBUF_FULL (PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_FULL_RO (PyBUF_INDIRECT | PyBUF_FORMAT)
#define PyBUF_READ 0x100
#define PyBUF_WRITE 0x200

// The buffer slots of t: its own, else those of the nearest base in the tp_base chain (a
// subclass has its base's layout, so it exports the same memory). NULL if none.
PyBufferProcs *rt_buffer_procs(PyTypeObject *t);

// True if o supports the buffer protocol.
int PyObject_CheckBuffer(PyObject *o);

// Fill *view for o as `flags` request. 0, or -1 with TypeError "a bytes-like object is
// required, not 'T'" (o exports nothing) or the exporter's BufferError. On success the view
// holds a reference to its exporter: release it with PyBuffer_Release.
int PyObject_GetBuffer(PyObject *o, Py_buffer *view, int flags);

// Release a view filled by PyObject_GetBuffer (calls bf_releasebuffer, drops view->obj and
// sets it to NULL); does nothing when view->obj is NULL.
void PyBuffer_Release(Py_buffer *view);

// Fill *view for a one-dimensional run of len unsigned bytes at buf owned by obj (referenced;
// may be NULL), as bf_getbuffer of simple exporters does. 0, or -1 with BufferError "Object is
// not writable." when flags ask for PyBUF_WRITABLE and readonly is set.
int PyBuffer_FillInfo(Py_buffer *view, PyObject *obj, void *buf, Py_ssize_t len, int readonly,
                      int flags);

// True if the view's items are laid out contiguously in order 'C' (row-major), 'F'
// (column-major) or 'A' (either).
int PyBuffer_IsContiguous(const Py_buffer *view, char order);

// Fill strides for a contiguous array of the given shape in order 'C' or 'F'.
void PyBuffer_FillContiguousStrides(int ndim, Py_ssize_t *shape, Py_ssize_t *strides,
                                    int itemsize, char order);

// Copy len bytes (the view's whole len) of src's items into the contiguous buf, in
// order 'C', 'F' or 'A' ('A' keeps Fortran order for Fortran-contiguous views). 0, or -1 with
// ValueError when len differs from src->len.
int PyBuffer_ToContiguous(void *buf, const Py_buffer *src, Py_ssize_t len, char order);

// Copy the contiguous bytes at buf (C order) into the items of view, following its strides.
// 0, or -1 with ValueError when len differs from view->len.
int PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char order);

// The address of the item at `indices` (ndim of them) in view.
void *PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices);

// A "bytes-like object" argument (CPython's y* conversion): fills *view with a simple,
// C-contiguous, read-only view of o. 0, or -1 with TypeError "a bytes-like object is required,
// not 'T'" or BufferError for non-contiguous views.
int rt_buffer_get_bytes_like(PyObject *o, Py_buffer *view);

#endif
