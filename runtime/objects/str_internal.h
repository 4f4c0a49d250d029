// str_internal.h: what the str files (str.c, str_codec.c, str_format.c, str_slots.c) share
// and nothing outside them may use: the code-point writer and a few layout helpers.
// The public str API is str.h.
#ifndef KRAIT_RUNTIME_STR_INTERNAL_H
#define KRAIT_RUNTIME_STR_INTERNAL_H

#include "runtime/objects/str.h"

#define RT_MAX_UNICODE 0x10FFFF

// An append-only buffer of code points that becomes one str at the end: results whose final
// width is unknown until the last character (format, repr, decoding) are built here and
// narrowed once.
typedef struct {
    Py_UCS4 *buf;
    Py_ssize_t len, cap;
    Py_UCS4 maxchar;
    Py_UCS4 inline_buf[64]; // most results are short: no allocation for them
} RtStrWriter;

// Start an empty writer (no allocation).
void rt_str_writer_init(RtStrWriter *w);

// Make room for n more code points: 0, or -1 with MemoryError set.
int rt_str_writer_reserve(RtStrWriter *w, Py_ssize_t n);

// Append one code point / n ASCII bytes / s[start:end] of a str: 0, or -1 with MemoryError.
int rt_str_writer_put(RtStrWriter *w, Py_UCS4 c);
int rt_str_writer_put_ascii(RtStrWriter *w, const char *p, Py_ssize_t n);
int rt_str_writer_put_str(RtStrWriter *w, PyObject *s, Py_ssize_t start, Py_ssize_t end);

// The str built so far (a new reference, or NULL); the writer is released either way.
PyObject *rt_str_writer_finish(RtStrWriter *w);

// Release the writer's buffer without making a str.
void rt_str_writer_discard(RtStrWriter *w);

// The largest code point among data[0:n] of the given kind.
Py_UCS4 rt_str_max_char(int kind, const void *data, Py_ssize_t n);

// True if s is one of the cached immortal singletons ('' and the Latin-1 characters).
int rt_str_is_singleton(PyObject *s);

// Allocate a str of `size` code points wide enough for maxchar as an instance of `type`
// (PyUnicode_Type or a subclass, through its tp_alloc). Uninitialized data, NUL written.
PyObject *rt_str_alloc(PyTypeObject *type, Py_ssize_t size, Py_UCS4 maxchar);

// tp_richcompare of str: all six operators by code point; NotImplemented for non-str.
PyObject *rt_str_richcompare(PyObject *a, PyObject *b, int op);

#endif
