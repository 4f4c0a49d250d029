// str.h: the str type (str.c and the str_*.c files). Each string stores its code points at a
// fixed width chosen at creation (1, 2 or 4 bytes, like PEP 393), so s[i] is O(1); the data
// follows the header. UTF-8 is decoded on the way in and encoded (and cached) on the way out.
#ifndef KRAIT_RUNTIME_STR_H
#define KRAIT_RUNTIME_STR_H

#include <stdarg.h>
#include <stdint.h>
#include "runtime/object.h"

typedef uint32_t Py_UCS4;
typedef uint16_t Py_UCS2;
typedef uint8_t Py_UCS1;

enum { PyUnicode_1BYTE_KIND = 1, PyUnicode_2BYTE_KIND = 2, PyUnicode_4BYTE_KIND = 4 };

typedef struct {
    PyObject_HEAD
    Py_ssize_t length;      // number of code points
    Py_hash_t hash;         // -1 until computed
    uint8_t kind;           // bytes per code point: the narrowest that holds the maximum
    uint8_t ascii;          // all code points < 128: the data is its own UTF-8
    uint8_t interned;       // in the interning table (immortal)
    char *utf8;             // cached NUL-terminated UTF-8 (owned unless ascii), or NULL
    Py_ssize_t utf8_length; // bytes in utf8
    // the code points follow, NUL-terminated, at offset sizeof(PyUnicodeObject)
} PyUnicodeObject;

// str's tp_itemsize is 1 (CPython's is 0): a subclass's tp_alloc(t, n) must reserve n data
// bytes right after sizeof(PyUnicodeObject), so a str subclass cannot add fields to the
// instance (its __dict__ and weakref list must live outside it, e.g. as a managed dict).
extern PyTypeObject PyUnicode_Type;
extern PyTypeObject rt_str_iterator_type;

#define PyUnicode_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(o) Py_IS_TYPE(o, &PyUnicode_Type)

static inline Py_ssize_t
PyUnicode_GET_LENGTH(PyObject *s)
{
    return ((PyUnicodeObject *)s)->length;
}

static inline int
PyUnicode_KIND(PyObject *s)
{
    return ((PyUnicodeObject *)s)->kind;
}

static inline void *
PyUnicode_DATA(PyObject *s)
{
    return (void *)((PyUnicodeObject *)s + 1);
}

// Code point i of data of the given kind (no bounds check).
static inline Py_UCS4
PyUnicode_READ(int kind, const void *data, Py_ssize_t i)
{
    if (kind == PyUnicode_1BYTE_KIND)
        return ((const Py_UCS1 *)data)[i];
    if (kind == PyUnicode_2BYTE_KIND)
        return ((const Py_UCS2 *)data)[i];
    return ((const Py_UCS4 *)data)[i];
}

static inline Py_UCS4
PyUnicode_READ_CHAR(PyObject *s, Py_ssize_t i)
{
    return PyUnicode_READ(PyUnicode_KIND(s), PyUnicode_DATA(s), i);
}

// Store code point c at index i (c must fit the kind; only for strings being built).
static inline void
PyUnicode_WRITE(int kind, void *data, Py_ssize_t i, Py_UCS4 c)
{
    if (kind == PyUnicode_1BYTE_KIND)
        ((Py_UCS1 *)data)[i] = (Py_UCS1)c;
    else if (kind == PyUnicode_2BYTE_KIND)
        ((Py_UCS2 *)data)[i] = (Py_UCS2)c;
    else
        ((Py_UCS4 *)data)[i] = c;
}

// A new, uninitialized string of `size` code points able to hold code points up to maxchar;
// fill it with PyUnicode_WRITE before sharing it. NULL on MemoryError. As in CPython, maxchar
// must be the true maximum (or at least need the same width and ASCII-ness): equality and
// hashing compare the raw storage. size 0 returns the shared ''.
PyObject *PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar);

// Decode UTF-8 (strict): NULL with UnicodeDecodeError on invalid input (overlongs, surrogates,
// truncated sequences, bytes > 0xF4 all rejected). FromString takes a NUL-terminated string.
PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size);
PyObject *PyUnicode_FromString(const char *u);
PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors);

// A string from code points of one kind; the result uses the narrowest kind that fits.
PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size);

// A one-code-point string (cached for Latin-1). ValueError if c > 0x10FFFF.
PyObject *PyUnicode_FromOrdinal(int c);

// printf-like, as CPython 3.11: %s (UTF-8 char *, invalid bytes replaced), %d %i %u %x with
// l/ll/z modifiers (%lx %llx %zx are an addition of 3.12's), %p (0x...), %c (an int code
// point), %U (str object), %S (str(obj)), %R (repr(obj)), %A (ascii(obj)), %V (str object, or
// when it is NULL the UTF-8 char * that follows), %%. "%0W.Pd" pads numbers; for text W pads
// on the left and P truncates (%.200s counts bytes, the object forms code points). An unknown
// directive copies the rest of fmt verbatim. NULL on error (OverflowError for a bad %c).
PyObject *PyUnicode_FromFormat(const char *fmt, ...);
PyObject *PyUnicode_FromFormatV(const char *fmt, va_list va);

// The UTF-8 of s, cached in s (borrowed; valid while s lives). NULL with UnicodeEncodeError
// if s contains lone surrogates. *size (if not NULL) receives the byte count.
const char *PyUnicode_AsUTF8AndSize(PyObject *s, Py_ssize_t *size);
const char *PyUnicode_AsUTF8(PyObject *s);

// s encoded as UTF-8 in a new bytes object.
PyObject *PyUnicode_AsUTF8String(PyObject *s);

// bytes.decode / str(b, encoding, errors): decode size bytes at s with a built-in codec
// ('utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32' with or without '-le'/'-be', and their
// aliases; NULL means UTF-8) and an error handler ('strict' or NULL, 'replace', 'ignore',
// 'surrogateescape', 'surrogatepass', 'backslashreplace'). NULL with UnicodeDecodeError, or
// LookupError for an unknown encoding (always) or handler (when an error needs it).
PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding,
                           const char *errors);

// str.encode: s encoded with the same codecs and handlers as PyUnicode_Decode (and
// 'xmlcharrefreplace'), as a new bytes object; NULL with UnicodeEncodeError (or LookupError)
// on failure.
PyObject *PyUnicode_AsEncodedString(PyObject *s, const char *encoding, const char *errors);

// a + b as a new str.
PyObject *PyUnicode_Concat(PyObject *a, PyObject *b);

// s[start:end] with 0 <= start <= end <= len (shares nothing, copies the code points).
PyObject *PyUnicode_Substring(PyObject *s, Py_ssize_t start, Py_ssize_t end);

// sep.join(seq): TypeError for non-str items as CPython words it.
PyObject *PyUnicode_Join(PyObject *sep, PyObject *seq);

// Three-way comparison by code points: -1, 0, 1. CompareWithASCIIString compares to a C string.
int PyUnicode_Compare(PyObject *a, PyObject *b);
int PyUnicode_CompareWithASCIIString(PyObject *s, const char *ascii);

// 1 if s equals the ASCII C string, else 0 (no errors).
int rt_str_equal_ascii(PyObject *s, const char *ascii);

// 1 if a and b (both str) hold the same code points; fast and never fails.
int rt_str_equal(PyObject *a, PyObject *b);

// repr(s) with CPython's quoting rules and escapes.
PyObject *rt_str_repr(PyObject *s);

// s with every non-ASCII code point replaced by \xNN, \uNNNN or \UNNNNNNNN, no quotes added
// (s itself when already ASCII): PyObject_ASCII applies it to a repr, so ascii(x) is
// rt_str_ascii(repr(x)).
PyObject *rt_str_ascii(PyObject *s);

// Index of the first (rfind: last) occurrence of sub in s[start:end] (0 <= start; end is
// clipped to len(s)), or -1; an empty sub is found at start (rfind: end) if start <= end.
// count: the number of non-overlapping occurrences, at most maxcount (an empty sub occurs
// end - start + 1 times). Never fail.
Py_ssize_t rt_str_find(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end);
Py_ssize_t rt_str_rfind(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end);
Py_ssize_t rt_str_count(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end,
                        Py_ssize_t maxcount);

// hash(s), cached in the object.
Py_hash_t rt_str_hash(PyObject *s);

// The interned (immortal, unique) string equal to *p: replaces *p (a reference is consumed
// and one returned). InternFromString returns a new reference to the interned string.
void PyUnicode_InternInPlace(PyObject **p);
PyObject *PyUnicode_InternFromString(const char *s);

// Release the interning table and the '' and Latin-1 singletons at shutdown (rt_runtime_fini);
// no str may be used afterwards.
void rt_str_fini(void);

#endif
