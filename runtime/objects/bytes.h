// bytes.h: the bytes type: an immutable byte string with a trailing NUL. The type and its
// slots are in bytes.c; construction (bytes(...), PyBytes_FromObject, PyBytes_FromFormat)
// in bytes_new.c.
#ifndef KRAIT_RUNTIME_BYTES_H
#define KRAIT_RUNTIME_BYTES_H

#include <stdarg.h>

#include "runtime/object.h"

typedef struct {
    PyObject_VAR_HEAD      // ob_size is the length
    Py_hash_t ob_shash;    // -1 until computed
    char ob_sval[1];       // ob_size bytes and a NUL
} PyBytesObject;

extern PyTypeObject PyBytes_Type;
extern PyTypeObject rt_bytes_iterator_type; // iter(b): yields the bytes as ints

// A new iterator of type `type` (rt_bytes_iterator_type or rt_bytearray_iterator_type) over
// seq, a bytes or bytearray: it yields the bytes as ints. NULL on MemoryError.
PyObject *rt_byteseq_iter_new(PyTypeObject *type, PyObject *seq);

#define PyBytes_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(o) Py_IS_TYPE(o, &PyBytes_Type)
#define PyBytes_AS_STRING(o) (((PyBytesObject *)(o))->ob_sval)
#define PyBytes_GET_SIZE(o) Py_SIZE(o)

// New bytes with a copy of `size` bytes at v (v NULL: uninitialized, to be filled in before
// sharing). Empty results, and one-byte results from a non-NULL v, are shared immortal
// singletons. NULL with MemoryError, or OverflowError "byte string is too large".
PyObject *PyBytes_FromStringAndSize(const char *v, Py_ssize_t size);
PyObject *PyBytes_FromString(const char *v);

// printf-like construction, CPython's directives: %c (an int 0..255; OverflowError otherwise),
// %d %i %u %x %ld %lu %lld %llu %zd %zu, %s (with an optional precision: %.5s), %p, %%.
// Widths are parsed and ignored, as CPython does. Returns a new bytes or NULL.
PyObject *PyBytes_FromFormat(const char *fmt, ...);
PyObject *PyBytes_FromFormatV(const char *fmt, va_list va);

// bytes(x) for an object that is not an int: a copy of bytes, or the bytes of a list, tuple
// or iterable of ints in range(0, 256); TypeError "cannot convert 'T' object to bytes".
PyObject *PyBytes_FromObject(PyObject *x);

// The bytes' buffer and size (borrowed); -1 with TypeError if o is not bytes.
char *PyBytes_AsString(PyObject *o);
Py_ssize_t PyBytes_Size(PyObject *o);

// *pv + w: replaces *pv by the concatenation, releasing the reference *pv held (grows *pv
// in place when it is the only one); on error *pv becomes NULL. w is not stolen.
void PyBytes_Concat(PyObject **pv, PyObject *w);

// PyBytes_Concat, then releases w (w is stolen; may be NULL).
void PyBytes_ConcatAndDel(PyObject **pv, PyObject *w);

// Resize *pv, an exact bytes object nobody else references yet (refcount 1, or the empty
// bytes), to newsize bytes; the contents up to the smaller size are kept and the hash reset.
// 0, or -1 with *pv released and set to NULL (MemoryError, or SystemError on misuse).
int rt_bytes_resize(PyObject **pv, Py_ssize_t newsize);

// Index of the first occurrence of needle[0:m] in hay[0:n], or -1 (0 for an empty needle).
Py_ssize_t rt_bytes_find(const char *hay, Py_ssize_t n, const char *needle, Py_ssize_t m);

// A growable buffer for building bytes of unknown final size. init, then write/reserve
// (reserve makes room for `extra` more bytes at buf + len; the caller advances len), then
// finish (returns the bytes, shared singletons for 0 or 1 byte, and resets the writer) or
// discard. reserve/write return 0, or -1 with MemoryError set. The struct must not be copied.
typedef struct {
    char *buf;      // small, or a PyMem block once grown
    Py_ssize_t len; // bytes written
    Py_ssize_t cap; // bytes available at buf
    char small[256];
} RtBytesWriter;

void rt_bytes_writer_init(RtBytesWriter *w);
int rt_bytes_writer_reserve(RtBytesWriter *w, Py_ssize_t extra);
int rt_bytes_writer_write(RtBytesWriter *w, const void *p, Py_ssize_t n);
PyObject *rt_bytes_writer_finish(RtBytesWriter *w);
void rt_bytes_writer_discard(RtBytesWriter *w);

// Append one byte; 0 or -1 with MemoryError.
static inline int
rt_bytes_writer_put(RtBytesWriter *w, unsigned char c)
{
    if (w->len == w->cap && rt_bytes_writer_reserve(w, 1) < 0)
        return -1;
    w->buf[w->len++] = (char)c;
    return 0;
}

// tp_new of bytes (bytes_new.c): bytes(), bytes(int), bytes(iterable_of_ints),
// bytes(str, encoding[, errors]), bytes(bytes); subclasses get a copy in their own instance.
PyObject *rt_bytes_new(PyTypeObject *type, PyObject *args, PyObject *kwds);

// repr(b) as CPython: b'...' with \x escapes; with smartquotes, double quotes when the bytes
// hold a ' but no ". rt_bytes_repr_buffer does the same for the n bytes at s, with RT_REPR_*
// flags: RT_REPR_ESCAPE_SQUOTE escapes every ' even inside double quotes (bytearray's repr).
enum { RT_REPR_SMARTQUOTES = 1, RT_REPR_ESCAPE_SQUOTE = 2 };
PyObject *rt_bytes_repr(PyObject *b, int smartquotes);
PyObject *rt_bytes_repr_buffer(const char *s, Py_ssize_t n, int flags);

// `arg in self` for a bytes or bytearray self: arg is an int in range(256) or a bytes-like
// object. 1, 0, or -1 with ValueError "byte must be in range(0, 256)" or TypeError.
int rt_bytes_contains(PyObject *self, PyObject *arg);

#endif
