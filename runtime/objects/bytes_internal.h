// bytes_internal.h: what the files of bytes and bytearray share privately. bytes and bytearray
// have one implementation of their common methods (bytes_methods.c, bytes_transform.c,
// bytes_hex.c), listed once in bytes_methods.def; each method reads `self` through
// rt_bytes_self_data/size and builds results of self's kind with rt_bytes_like_new.
#ifndef KRAIT_RUNTIME_BYTES_INTERNAL_H
#define KRAIT_RUNTIME_BYTES_INTERNAL_H

#include "runtime/runtime.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/buffer.h"

// The bytes of self, a bytes or a bytearray (or an instance of a subclass). A bytearray's
// pointer is valid until the next call that may run Python code (which may resize it).
static inline char *
rt_bytes_self_data(PyObject *self)
{
    return PyBytes_Check(self) ? PyBytes_AS_STRING(self) : PyByteArray_AS_STRING(self);
}

static inline Py_ssize_t
rt_bytes_self_size(PyObject *self)
{
    return Py_SIZE(self);
}

// A new exact bytes (self a bytes) or bytearray (self a bytearray) holding n bytes copied
// from p (p NULL: uninitialized). New reference or NULL with MemoryError.
static inline PyObject *
rt_bytes_like_new(PyObject *self, const char *p, Py_ssize_t n)
{
    return PyBytes_Check(self) ? PyBytes_FromStringAndSize(p, n)
                               : PyByteArray_FromStringAndSize(p, n);
}

// self itself when it is an exact bytes (CPython returns it from methods that change
// nothing), else a fresh object of self's kind with the same contents.
static inline PyObject *
rt_bytes_like_unchanged(PyObject *self)
{
    if (PyBytes_CheckExact(self))
        return Py_NewRef(self);
    return rt_bytes_like_new(self, rt_bytes_self_data(self), Py_SIZE(self));
}

// bytearray's method table (bytearray_methods.c): its own methods and bytes_methods.def's.
extern PyMethodDef rt_bytearray_methods[];

// The writer's contents as an object of self's kind; the writer is reset. New reference or
// NULL.
PyObject *rt_bytes_writer_finish_like(PyObject *self, RtBytesWriter *w);

// s.hex(sep, bytes_per_sep) for the n bytes at s: sep is NULL (absent) or a str or bytes of
// one ASCII character; groups of |bytes_per_sep| bytes count from the right when it is
// positive, from the left when negative. A new str, or NULL with CPython's errors.
PyObject *rt_bytes_hex(const char *s, Py_ssize_t n, PyObject *sep, Py_ssize_t bytes_per_sep);

// Parse hex([sep[, bytes_per_sep]]) (METH_FASTCALL | METH_KEYWORDS) into *sep (borrowed or
// NULL) and *bytes_per_sep. 0 or -1.
int rt_bytes_parse_hex_args(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                            PyObject **sep, Py_ssize_t *bytes_per_sep);

// The arguments of bytes(source, encoding, errors) and bytearray(...), parsed as Argument
// Clinic does for fname ("bytes" or "bytearray"): *source is borrowed or NULL, *encoding and
// *errors are the UTF-8 of str arguments (borrowed) or NULL. 0, or -1 with TypeError.
int rt_bytes_parse_new_args(const char *fname, PyObject *args, PyObject *kwds, PyObject **source,
                            const char **encoding, const char **errors);

// The methods common to bytes and bytearray (one function each, shared by both method
// tables): prototypes expanded from bytes_methods.def.
#define BYTES_PROTO_NOARGS(f) PyObject *f(PyObject *self, PyObject *unused)
#define BYTES_PROTO_O(f) PyObject *f(PyObject *self, PyObject *arg)
#define BYTES_PROTO_FAST(f) PyObject *f(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
#define BYTES_PROTO_FASTKW(f)                                                                  \
    PyObject *f(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
#define BYTES_METHOD(name, kind, extra, doc) BYTES_PROTO_##kind(rt_bytes_meth_##name);
#include "runtime/objects/bytes_methods.def"
#undef BYTES_METHOD

// The PyMethodDef entry of a method of bytes_methods.def, for the two tables.
#define BYTES_FLAGS_NOARGS METH_NOARGS
#define BYTES_FLAGS_O METH_O
#define BYTES_FLAGS_FAST METH_FASTCALL
#define BYTES_FLAGS_FASTKW (METH_FASTCALL | METH_KEYWORDS)
#define BYTES_METHOD_ENTRY(name, kind, extra, doc)                                             \
    {#name, (PyCFunction)(void (*)(void))rt_bytes_meth_##name, BYTES_FLAGS_##kind | (extra),  \
     doc},

#endif
