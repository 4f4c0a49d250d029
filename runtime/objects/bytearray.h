// bytearray.h: the bytearray type: a mutable, resizable byte string that exports its memory
// through the buffer protocol. The type, its slots and resizing are in bytearray.c; its own
// methods (append, extend, pop ...) in bytearray_methods.c; the methods it shares with bytes
// in bytes_methods.c, bytes_transform.c and bytes_hex.c.
#ifndef KRAIT_RUNTIME_BYTEARRAY_H
#define KRAIT_RUNTIME_BYTEARRAY_H

#include "runtime/object.h"

typedef struct {
    PyObject_VAR_HEAD      // ob_size is the length
    Py_ssize_t ob_alloc;   // bytes allocated at ob_bytes (0: ob_bytes is NULL)
    char *ob_bytes;        // the allocation; a NUL follows the contents
    char *ob_start;        // the first byte, inside ob_bytes (deleting a prefix moves it)
    Py_ssize_t ob_exports; // buffer views handed out and not released yet
} PyByteArrayObject;

extern PyTypeObject PyByteArray_Type;
extern PyTypeObject rt_bytearray_iterator_type; // iter(ba): yields the bytes as ints
extern char rt_bytearray_empty_string[];        // the contents of empty bytearrays

#define PyByteArray_Check(o) PyObject_TypeCheck(o, &PyByteArray_Type)
#define PyByteArray_CheckExact(o) Py_IS_TYPE(o, &PyByteArray_Type)
#define PyByteArray_GET_SIZE(o) Py_SIZE(o)

// The contents (never NULL; NUL-terminated). Valid until the bytearray is resized.
static inline char *
PyByteArray_AS_STRING(PyObject *o)
{
    return Py_SIZE(o) ? ((PyByteArrayObject *)o)->ob_start : rt_bytearray_empty_string;
}

// A new bytearray with a copy of the n bytes at p (p NULL: uninitialized). NULL with
// SystemError for a negative n, or MemoryError.
PyObject *PyByteArray_FromStringAndSize(const char *p, Py_ssize_t n);

// bytearray(o): a new bytearray from a buffer or an iterable of ints in range(0, 256).
PyObject *PyByteArray_FromObject(PyObject *o);

// a + b for two bytes-like objects: a new bytearray, or NULL with TypeError "can't concat T
// to U".
PyObject *PyByteArray_Concat(PyObject *a, PyObject *b);

// The contents and size (borrowed); -1/NULL with TypeError when o is not a bytearray.
char *PyByteArray_AsString(PyObject *o);
Py_ssize_t PyByteArray_Size(PyObject *o);

// Set the length of self to n (keeping the first bytes, the rest uninitialized), growing the
// allocation as CPython does (its __alloc__() values agree). 0, or -1 with BufferError
// "Existing exports of data: object cannot be re-sized" while views exist, or MemoryError.
int PyByteArray_Resize(PyObject *self, Py_ssize_t n);

// 1 if self may change size, else 0 with BufferError "Existing exports of data: object cannot
// be re-sized" (buffer views of it exist).
int rt_bytearray_can_resize(PyObject *self);

// Replace self[lo:hi] (0 <= lo <= hi <= len) by the n bytes at p (which may point into
// self). 0 or -1 (BufferError when the length changes while exported, MemoryError).
int rt_bytearray_setslice(PyObject *self, Py_ssize_t lo, Py_ssize_t hi, const char *p,
                          Py_ssize_t n);

// The byte value of an int-like o for item assignment: 0..255, or -1 with TypeError or
// ValueError "byte must be in range(0, 256)".
int rt_bytearray_byte_value(PyObject *o);

#endif
