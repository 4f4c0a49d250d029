// str_internal.h: what the str files (str*.c) share and nothing outside them may use: the
// code-point writer, a few layout helpers, and the built-in codecs.
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

// Copy from[start:start + n] into the str `to` being built, at index at (to must be wide
// enough); CPython's _PyUnicode_FastCopyCharacters.
void rt_str_copy_chars(PyObject *to, Py_ssize_t at, PyObject *from, Py_ssize_t start, Py_ssize_t n);

// Write c at s[start:start + n] of a str being built (wide enough for c).
void rt_str_fill(PyObject *s, Py_ssize_t start, Py_ssize_t n, Py_UCS4 c);

// What a method returns when it changes nothing: s itself if it is an exact str, else an
// exact copy (CPython's unicode_result_unchanged). New reference, or NULL.
PyObject *rt_str_unchanged(PyObject *s);

// The largest code point among data[0:n] of the given kind.
Py_UCS4 rt_str_max_char(int kind, const void *data, Py_ssize_t n);

// True if s is one of the cached immortal singletons ('' and the Latin-1 characters).
int rt_str_is_singleton(PyObject *s);

// Allocate a str of `size` code points wide enough for maxchar as an instance of `type`
// (PyUnicode_Type or a subclass, through its tp_alloc). Uninitialized data, NUL written.
PyObject *rt_str_alloc(PyTypeObject *type, Py_ssize_t size, Py_UCS4 maxchar);

// 1 if sub occurs in s at index i (the caller checked that s has room for it there), else 0.
int rt_str_match_at(PyObject *s, Py_ssize_t i, PyObject *sub);

// tp_richcompare of str: all six operators by code point; NotImplemented for non-str.
PyObject *rt_str_richcompare(PyObject *a, PyObject *b, int op);

// ---- the built-in codecs (str_codec.c: names and decoding; str_encode.c: encoding) ----

// One built-in codec. The UTFs have limit 0: only surrogates fail to encode.
typedef struct {
    const char *name; // as error messages spell it: "utf-8", "latin-1", "utf-16-le"
    int unit;         // bytes per code unit: 1, 2 (UTF-16) or 4 (UTF-32)
    int byteorder;    // -1 little-endian, 1 big-endian, 0 native order after a byte order mark
    Py_UCS4 limit;    // the first code point the codec cannot encode (0x80, 0x100), or 0
} RtCodec;

// 1 on a big-endian machine: the byte order of 'utf-16' and 'utf-32' without a mark.
static inline int
rt_str_native_big_endian(void)
{
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 0;
}

// The codec that Python's encodings package finds for this name (case, punctuation and
// aliases as it normalizes them: "UTF8", "latin1", "iso-8859-1", "utf_16_le" ...); NULL
// means UTF-8. NULL with LookupError "unknown encoding: NAME" for others.
const RtCodec *rt_str_codec_lookup(const char *encoding);

// After encoding (verb "encoding") or decoding with the codec named encoding failed: CPython
// reaches most names (all but "utf-8", "latin-1", "ascii", "utf-16", "utf-32" and a few
// spellings of them) through its codec registry, which rewraps a TypeError or LookupError
// from an error handler as "decoding with 'NAME' codec failed (TypeError: ...)" caused by
// the original. Do the same to the pending exception.
void rt_str_codec_wrap_error(const char *verb, const char *encoding);

// The error handlers built in (codecs.register_error's standard names).
typedef enum {
    RT_ERR_STRICT,
    RT_ERR_REPLACE,
    RT_ERR_IGNORE,
    RT_ERR_SURROGATEESCAPE,
    RT_ERR_SURROGATEPASS,
    RT_ERR_BACKSLASHREPLACE,
    RT_ERR_XMLCHARREFREPLACE,
    RT_ERR_UNKNOWN, // reported only when an error happens, as CPython looks handlers up lazily
} RtErrorHandler;

// The handler named errors (NULL means strict). Never fails.
RtErrorHandler rt_str_error_handler(const char *errors);

// Raise LookupError "unknown error handler name 'errors'" and return -1.
int rt_str_unknown_handler(const char *errors);

#endif
