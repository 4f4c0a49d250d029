// memoryview.h: memoryview, a view of another object's memory through the buffer protocol.
// Views share one managed buffer (the exporter's own view, released once the last view of it
// is): slicing and casting make new views of the same memory without copying. The type,
// construction, release and comparison are in memoryview.c; indexing, slicing, assignment,
// cast and the conversions (tobytes, tolist, hex) in memoryview_ops.c; the native struct
// formats in memoryview_format.c.
#ifndef KRAIT_RUNTIME_MEMORYVIEW_H
#define KRAIT_RUNTIME_MEMORYVIEW_H

#include "runtime/object.h"
#include "runtime/objects/buffer.h"

// The view an exporter handed out, shared by every memoryview made from it (CPython's
// _PyManagedBufferObject).
typedef struct {
    PyObject_HEAD
    int flags;          // RT_MBUF_RELEASED once master has been released
    Py_ssize_t exports; // memoryviews registered on it
    Py_buffer master;
} RtManagedBuffer;

#define RT_MBUF_RELEASED 0x1

typedef struct {
    PyObject_VAR_HEAD         // ob_size: 3 * ndim entries in ob_array
    RtManagedBuffer *mbuf;    // the memory viewed
    Py_hash_t hash;           // -1 until computed
    int flags;                // RT_MV_* below
    Py_ssize_t exports;       // buffer views of this memoryview not released yet
    Py_buffer view;           // shape and strides point into ob_array
    Py_ssize_t ob_array[1];   // shape[ndim], strides[ndim], suboffsets[ndim]
} PyMemoryViewObject;

#define RT_MV_RELEASED 0x01 // release() was called
#define RT_MV_C 0x02        // C-contiguous
#define RT_MV_FORTRAN 0x04  // Fortran-contiguous

extern PyTypeObject PyMemoryView_Type;
extern PyTypeObject rt_managed_buffer_type;  // "managedbuffer"
extern PyTypeObject rt_memory_iterator_type; // iter(memoryview)

#define PyMemoryView_Check(o) Py_IS_TYPE(o, &PyMemoryView_Type)
#define PyMemoryView_GET_BUFFER(o) (&((PyMemoryViewObject *)(o))->view)

// memoryview(o): a view of any exporter (a memoryview gives a new view of its memory).
// New reference, or NULL with TypeError "memoryview: a bytes-like object is required, not
// 'T'" or ValueError for a released memoryview.
PyObject *PyMemoryView_FromObject(PyObject *o);

// A memoryview of size bytes at mem, which the caller keeps alive and unchanged in place for
// the view's life; flags is PyBUF_READ or PyBUF_WRITE. New reference or NULL.
PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags);

// A memoryview of the memory info describes (info->obj must be NULL: nobody to release).
// New reference or NULL.
PyObject *PyMemoryView_FromBuffer(const Py_buffer *info);

#endif
